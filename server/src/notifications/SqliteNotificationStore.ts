import type { Notification } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import type { NewNotification, NotificationStore } from './NotificationStore.js';
import { NEWEST_NOTIFICATION_FIRST, NOTIFICATION_COLUMNS, NOTIFICATION_FROM, toNotification, type NotificationRow } from './notificationRows.js';

/** Rows of the recipient in the readable cities whose comment still has its text. */
const WHERE_VISIBLE = `WHERE n.recipient_id = @recipientId AND c.deleted_at IS NULL
  AND t.city_slug IN (SELECT value FROM json_each(@citySlugs))`;

/** Notifications in SQLite (migration 0006). Methods are async so a failing statement rejects, as over PostgreSQL. */
export class SqliteNotificationStore implements NotificationStore {
  private readonly insertRow;
  private readonly newest;
  private readonly unread;
  private readonly markOne;

  constructor(private readonly db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO notifications (id, recipient_id, kind, comment_id, thread_id, actor_id, created_at)
       VALUES (@id, @recipientId, @kind, @commentId, @threadId, @actorId, @createdAt)
       ON CONFLICT (recipient_id, comment_id) DO NOTHING`,
    );
    this.newest = db.prepare<{ recipientId: string; citySlugs: string; limit: number }, NotificationRow>(
      `${NOTIFICATION_COLUMNS} ${WHERE_VISIBLE} ${NEWEST_NOTIFICATION_FIRST} LIMIT @limit`,
    );
    this.unread = db.prepare<{ recipientId: string; citySlugs: string }, { count: number }>(
      `SELECT count(*) AS count ${NOTIFICATION_FROM} ${WHERE_VISIBLE} AND n.read_at IS NULL`,
    );
    this.markOne = db.prepare('UPDATE notifications SET read_at = ? WHERE id = ? AND recipient_id = ? AND read_at IS NULL');
  }

  async add(notifications: readonly NewNotification[]): Promise<string[]> {
    const added = this.db.transaction(() =>
      notifications.filter((notification) => this.insertRow.run(notification).changes === 1).map((notification) => notification.recipientId),
    )();
    return added;
  }

  async list(recipientId: string, citySlugs: readonly string[], limit: number): Promise<Notification[]> {
    return this.newest.all({ recipientId, citySlugs: JSON.stringify(citySlugs), limit }).map(toNotification);
  }

  async countUnread(recipientId: string, citySlugs: readonly string[]): Promise<number> {
    return this.unread.get({ recipientId, citySlugs: JSON.stringify(citySlugs) })?.count ?? 0;
  }

  async markRead(recipientId: string, ids: readonly string[], at: string): Promise<number> {
    const changed = this.db.transaction(() => ids.reduce((sum, id) => sum + this.markOne.run(at, id, recipientId).changes, 0))();
    return changed;
  }
}
