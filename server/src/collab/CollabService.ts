import type { CollabAccess, CollabGrant } from './access.js';
import type { Connection } from './Connection.js';
import type { DocumentRegistry } from './DocumentRegistry.js';
import { CloseCode } from '@iap/shared';

/**
 * What the rest of the app may ask of the collaboration core: counts for health, and
 * re-checking access on open sockets when roles or membership change.
 */
export class CollabService {
  readonly connections = new Set<Connection>();

  constructor(
    readonly registry: DocumentRegistry,
    private readonly access: CollabAccess,
  ) {}

  /**
   * Sends an extra frame (one of our message types >= 100, e.g. "comments changed") to the
   * connections on `documentName` that opted in with the ack parameter; stock clients never get it.
   */
  notifyDocument(documentName: string, frame: Uint8Array): void {
    for (const connection of this.connections) {
      if (connection.wantsSavedAck && connection.document.name === documentName) connection.send(frame);
    }
  }

  /** Closes every socket opened under a session that has just ended (sign-out). */
  endSession(sessionKey: string): void {
    for (const connection of [...this.connections]) {
      if (connection.sessionKey === sessionKey) connection.close(CloseCode.unauthenticated, 'signed out');
    }
  }

  /**
   * Re-decides the grant of every open connection of `userId` (or of everyone when null).
   * A connection that lost read access is closed with 4403; one that lost write access
   * becomes read-only at once.
   */
  async refreshAccess(userId: string | null): Promise<void> {
    if (!this.access.regrant) return;
    for (const connection of [...this.connections]) {
      if (userId !== null && connection.userId !== userId) continue;
      const grant: CollabGrant | null = await this.access.regrant(connection.userId, connection.document.name);
      if (grant) connection.updateGrant({ ...grant, sessionKey: connection.sessionKey });
      else connection.close(CloseCode.forbidden, 'access to this document was removed');
    }
  }
}
