import type { FastifyRequest } from 'fastify';

/** Who is on a connection and what they may do with the document. */
export interface CollabGrant {
  /** Stable id of the account, or null for anonymous (no accounts plugin). */
  userId: string | null;
  /** The account's name, which the server writes into this connection's presence. */
  displayName?: string;
  canWrite: boolean;
  /** An opaque key of the sign-in session, so signing out can close the sockets it opened. */
  sessionKey?: string;
}

/**
 * Decides access to a document at connection time. The collab core never imports the
 * accounts module; the app passes an implementation in, the way Hocuspocus passes
 * onAuthenticate hooks.
 */
export interface CollabAccess {
  /** Resolves a grant, or throws CollabRefusal to close the socket with a code and reason. */
  authorize(request: FastifyRequest, documentName: string): Promise<CollabGrant>;
  /** The current grant of a user already connected, or null when access is gone. */
  regrant?(userId: string | null, documentName: string): Promise<CollabGrant | null>;
  /**
   * Whether the sign-in session a socket was opened under still exists. Asked only after the
   * link to other instances was lost, when an end of session may not have been heard of.
   */
  sessionActive?(sessionKey: string): Promise<boolean>;
}

/** A refusal carried to the client as a WebSocket close code and reason. */
export class CollabRefusal extends Error {
  constructor(
    readonly closeCode: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Without accounts every visitor may read and write (the realtime core on its own). */
export const openAccess: CollabAccess = {
  authorize: () => Promise.resolve({ userId: null, canWrite: true }),
};
