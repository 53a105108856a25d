import type { WorkshopChange } from '@iap/shared';

/**
 * How one server instance tells the others about a document's changes, so that several
 * instances behind a load balancer serve the same document. The collab core only talks to
 * this interface; a Redis implementation slots in beside the single-instance default.
 *
 * Contract for implementations: deliver each message to every *other* instance that
 * subscribed to the document (control messages: to every other instance), in publish order,
 * at least once is best, but a lost message must not lose data: updates carry the committed
 * sequence numbers, so a receiver that notices a gap reloads what it missed from the store.
 * Updates are published only after they are committed to the shared store, so an instance may
 * show a received update at once.
 */
export interface DocumentFanout {
  /**
   * True when other instances may write the same documents: the live copy of a document may
   * then lack commits that have not arrived yet (compaction must fold the stored log itself).
   */
  readonly crossInstance: boolean;
  publish(documentName: string, message: FanoutMessage): void;
  /** Starts delivering the document's messages to `listener`; returns the unsubscribe. */
  subscribe(documentName: string, listener: (message: FanoutMessage) => void): () => void;
  /** Sends what every instance's sockets must hear of (access changed, session ended...). */
  publishControl(message: ControlMessage): void;
  /** Starts delivering other instances' control messages; returns the unsubscribe. */
  subscribeControl(listener: (message: ControlMessage) => void): () => void;
  /**
   * Calls `listener` each time the link to the other instances comes back after it was lost:
   * control messages sent meanwhile, either way, may be gone. Absent for one process.
   */
  onResumed?(listener: () => void): () => void;
  /**
   * Whether the other instances can be reached right now (health); absent for one process.
   * Unreachable is not unhealthy: editing goes on and instances resync when it returns.
   */
  reachable?(): boolean;
}

export type FanoutMessage =
  /** A committed Yjs update, with the store's sequence numbers of its commit. */
  | { kind: 'update'; update: Uint8Array; seq: number; previousSeq: number }
  /** A y-protocols awareness update (presence is never stored). */
  | { kind: 'awareness'; update: Uint8Array };

/** Events that must reach open sockets on every instance. */
export type ControlMessage =
  /**
   * Roles or membership of `userId` changed (null: anyone's), or what may be done with
   * `documentName` changed (a plan finalized or reopened); re-check the open sockets concerned.
   */
  | { kind: 'accessChanged'; userId: string | null; documentName?: string }
  /** A sign-in session ended; close the sockets it opened. */
  | { kind: 'sessionEnded'; sessionKey: string; reason: string }
  /** A document's comment threads changed; tell its clients to refetch. */
  | { kind: 'commentsChanged'; documentName: string; threadId: string }
  /**
   * New (or newly read) notifications of these people are committed; tell their open
   * notification streams to refetch (notifications/NotificationListeners.ts).
   */
  | { kind: 'notificationsChanged'; userIds: string[] }
  /**
   * Something of these workshop sessions is committed (`what`: session, ideas, polls, decisions,
   * attendance); tell their open event streams (workshops/WorkshopEvents.ts).
   */
  | { kind: 'workshopChanged'; workshopIds: string[]; what: WorkshopChange['what'] }
  /**
   * The sender's link to the others came back after an outage, so control messages it published
   * meanwhile may be lost: re-check every open socket against the store (sessions, roles, plans).
   */
  | { kind: 'resumed' };

/** One server process: nobody else to tell. */
export const singleInstance: DocumentFanout = {
  crossInstance: false,
  publish: () => undefined,
  subscribe: () => () => undefined,
  publishControl: () => undefined,
  subscribeControl: () => () => undefined,
};
