import type { CollabAccess, CollabGrant } from './access.js';
import type { Connection } from './Connection.js';
import type { DocumentRegistry } from './DocumentRegistry.js';
import type { ControlMessage, DocumentFanout } from './fanout.js';
import { CloseCode } from '@iap/shared';
import { encodeCommentsChanged } from './messages.js';

/** Longer than any authorization takes; an ended session's key is forgotten after this. */
const ENDED_SESSION_MEMORY_MS = 10 * 60_000;

/**
 * What the rest of the app may ask of the collaboration core: counts for health, pushes to a
 * document's clients, and re-checking access on open sockets when roles, membership or sessions
 * change. Each of these reaches the sockets of every instance: it is applied here and published
 * as a control message that the other instances apply to theirs.
 */
export class CollabService {
  readonly connections = new Set<Connection>();
  private readonly stopControl: () => void;
  private readonly stopResumed: () => void;
  /**
   * Sessions that ended lately, with when to forget them: a socket whose authorization was in
   * flight when its session ended must not open after the event has passed.
   */
  private readonly endedSessions = new Map<string, number>();

  constructor(
    readonly registry: DocumentRegistry,
    private readonly access: CollabAccess,
    private readonly fanout: DocumentFanout,
  ) {
    this.stopControl = fanout.subscribeControl((message) => void this.applyControl(message));
    // Our own link came back: what we published meanwhile may be lost, and so may what we missed.
    this.stopResumed =
      fanout.onResumed?.(() => {
        fanout.publishControl({ kind: 'resumed' });
        void this.recheckOpenSockets();
      }) ?? (() => undefined);
  }

  /**
   * Sends an extra frame (one of our message types >= 100) to this instance's connections on
   * `documentName` that opted in with the ack parameter; stock clients never get it.
   */
  private notifyDocument(documentName: string, frame: Uint8Array): void {
    for (const connection of this.connections) {
      if (connection.wantsSavedAck && connection.document.name === documentName) connection.send(frame);
    }
  }

  /** Tells every instance's clients of `documentName` that a comment thread changed. */
  commentsChanged(documentName: string, threadId: string): void {
    this.notifyDocument(documentName, encodeCommentsChanged(threadId));
    this.fanout.publishControl({ kind: 'commentsChanged', documentName, threadId });
  }

  /** Closes every socket, on every instance, opened under a session that has just ended. */
  endSession(sessionKey: string, reason = 'signed out'): void {
    this.closeSessionSockets(sessionKey, reason);
    this.fanout.publishControl({ kind: 'sessionEnded', sessionKey, reason });
  }

  /**
   * Re-decides the grant of every open connection of `userId` (or of everyone when null), on
   * every instance. A connection that lost read access is closed with 4403; one that lost write
   * access becomes read-only at once.
   */
  async refreshAccess(userId: string | null): Promise<void> {
    this.fanout.publishControl({ kind: 'accessChanged', userId });
    await this.regrantOpenSockets(userId, undefined);
  }

  /** Re-decides the grant of every open connection on one document, on every instance (a plan locked or unlocked). */
  async refreshDocumentAccess(documentName: string): Promise<void> {
    this.fanout.publishControl({ kind: 'accessChanged', userId: null, documentName });
    await this.regrantOpenSockets(null, documentName);
  }

  /** Stops listening to other instances (the app is closing). */
  close(): void {
    this.stopControl();
    this.stopResumed();
  }

  private async applyControl(message: ControlMessage): Promise<void> {
    switch (message.kind) {
      case 'accessChanged':
        await this.regrantOpenSockets(message.userId, message.documentName);
        return;
      case 'sessionEnded':
        this.closeSessionSockets(message.sessionKey, message.reason);
        return;
      case 'commentsChanged':
        this.notifyDocument(message.documentName, encodeCommentsChanged(message.threadId));
        return;
      case 'notificationsChanged':
      case 'workshopChanged':
        // For the event streams, not the sockets (NotificationListeners, WorkshopEvents hear them).
        return;
      case 'resumed':
        await this.recheckOpenSockets();
        return;
    }
  }

  /**
   * After the link between instances was lost: closes the sockets whose session ended meanwhile
   * (4401), then re-decides every other one (a role, a membership, a plan state changed).
   */
  private async recheckOpenSockets(): Promise<void> {
    const { sessionActive } = this.access;
    if (sessionActive) {
      const keys = new Set([...this.connections].flatMap((connection) => (connection.sessionKey === undefined ? [] : [connection.sessionKey])));
      for (const key of keys) {
        if (!(await sessionActive.call(this.access, key))) this.closeSessionSockets(key, 'session ended');
      }
    }
    await this.regrantOpenSockets(null, undefined);
  }

  /** True when the session behind a socket being opened has ended meanwhile. */
  hasSessionEnded(sessionKey: string | undefined): boolean {
    if (sessionKey === undefined) return false;
    const now = Date.now();
    for (const [key, forgetAt] of this.endedSessions) if (forgetAt < now) this.endedSessions.delete(key);
    return this.endedSessions.has(sessionKey);
  }

  private closeSessionSockets(sessionKey: string, reason: string): void {
    this.endedSessions.set(sessionKey, Date.now() + ENDED_SESSION_MEMORY_MS);
    for (const connection of [...this.connections]) {
      if (connection.sessionKey === sessionKey) connection.close(CloseCode.unauthenticated, reason);
    }
  }

  private async regrantOpenSockets(userId: string | null, documentName: string | undefined): Promise<void> {
    if (!this.access.regrant) return;
    for (const connection of [...this.connections]) {
      if (userId !== null && connection.userId !== userId) continue;
      if (documentName !== undefined && connection.document.name !== documentName) continue;
      const grant: CollabGrant | null = await this.access.regrant(connection.userId, connection.document.name);
      if (grant) connection.updateGrant({ ...grant, sessionKey: connection.sessionKey });
      else connection.close(CloseCode.forbidden, 'access to this document was removed');
    }
  }
}
