import { singleInstance, type DocumentFanout } from '../collab/fanout.js';

/** Called when the notifications of the person it listens for change. */
export type NotificationListener = () => void;

/** How the other instances hear that someone's notifications changed (the app's fan-out). */
export type NotificationRelay = Pick<DocumentFanout, 'publishControl' | 'subscribeControl'>;

/**
 * Who is listening for whose notifications: the open event streams of this process. One per
 * app. With several instances, `notify` also publishes a `notificationsChanged` control message
 * (after the store committed, as its callers do) and each instance tells its own streams of the
 * people it names. The message carries user ids only: a stream sends a content-free "changed"
 * and the browser refetches with its cookie, so a receiver trusts nothing else it says.
 */
export class NotificationListeners {
  private readonly byUser = new Map<string, Set<NotificationListener>>();
  private readonly stopRelay: () => void;

  constructor(private readonly relay: NotificationRelay = singleInstance) {
    this.stopRelay = relay.subscribeControl((message) => {
      if (message.kind === 'notificationsChanged') this.notifyHere(message.userIds);
    });
  }

  /** Starts calling `listener` for `userId`'s changes; returns the function that stops it. */
  add(userId: string, listener: NotificationListener): () => void {
    const listeners = this.byUser.get(userId) ?? new Set<NotificationListener>();
    listeners.add(listener);
    this.byUser.set(userId, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.byUser.get(userId) === listeners) this.byUser.delete(userId);
    };
  }

  /** Tells every listener of each of `userIds`, on every instance. Call it once the change is committed. */
  notify(userIds: Iterable<string>): void {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    this.notifyHere(unique);
    this.relay.publishControl({ kind: 'notificationsChanged', userIds: unique });
  }

  /** Stops hearing the other instances (the app is closing). */
  close(): void {
    this.stopRelay();
  }

  /** How many listeners are open, for tests and health figures. */
  get size(): number {
    let count = 0;
    for (const listeners of this.byUser.values()) count += listeners.size;
    return count;
  }

  private notifyHere(userIds: readonly unknown[]): void {
    // A message from the bus is not type-checked: only string ids can name a listener.
    for (const userId of new Set(userIds)) {
      if (typeof userId !== 'string') continue;
      for (const listener of this.byUser.get(userId) ?? []) listener();
    }
  }
}
