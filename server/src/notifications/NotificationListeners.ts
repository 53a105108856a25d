/** Called when the notifications of the person it listens for change. */
export type NotificationListener = () => void;

/**
 * Who is listening for whose notifications, in this process: the open event streams. One
 * instance per app. Several server instances would each hold their own, so a notification
 * written on one reaches streams on another only through the client's periodic refetch.
 */
export class NotificationListeners {
  private readonly byUser = new Map<string, Set<NotificationListener>>();

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

  /** Tells every listener of each of `userIds`. */
  notify(userIds: Iterable<string>): void {
    for (const userId of new Set(userIds)) {
      for (const listener of this.byUser.get(userId) ?? []) listener();
    }
  }

  /** How many listeners are open, for tests and health figures. */
  get size(): number {
    let count = 0;
    for (const listeners of this.byUser.values()) count += listeners.size;
    return count;
  }
}
