import type { Notification, NotificationKind } from '@iap/shared';

export interface NewNotification {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  commentId: string;
  threadId: string;
  actorId: string;
  createdAt: string;
}

/**
 * Where notifications are kept. Promise-returning, like DocumentStore, so a store over a
 * network database fits behind the same interface; the SQLite one answers at once.
 */
export interface NotificationStore {
  /**
   * Stores the notifications in one transaction; someone already told about a comment is not
   * told again. Resolves to the recipients that got a new notification.
   */
  add(notifications: readonly NewNotification[]): Promise<string[]>;
  /**
   * The newest `limit` notifications of `recipientId` about plans of `citySlugs` (those the
   * reader may see today, not when they were written), leaving out deleted comments.
   */
  list(recipientId: string, citySlugs: readonly string[], limit: number): Promise<Notification[]>;
  /** How many of those (all of them, not only the newest `limit`) are unread. */
  countUnread(recipientId: string, citySlugs: readonly string[]): Promise<number>;
  /** Marks read those of `ids` that belong to `recipientId`; resolves to how many changed. */
  markRead(recipientId: string, ids: readonly string[], at: string): Promise<number>;
}
