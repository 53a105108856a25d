import { NOTIFICATION_LIMITS, type Notification, type NotificationKind } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import type { NewNotification, NotificationStore } from './NotificationStore.js';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  actorId: string;
  actorName: string;
  citySlug: string;
  cityName: string;
  documentName: string;
  threadId: string;
  commentId: string;
  body: string;
}

const FROM = `FROM notifications n
  JOIN comments c ON c.id = n.comment_id
  JOIN comment_threads t ON t.id = n.thread_id`;

/** Rows of the recipient in the readable cities whose comment still has its text. */
const WHERE_VISIBLE = `WHERE n.recipient_id = @recipientId AND c.deleted_at IS NULL
  AND t.city_slug IN (SELECT value FROM json_each(@citySlugs))`;

/** Notifications in SQLite (migration 0006). */
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
      `SELECT n.id, n.kind, n.created_at AS createdAt, n.read_at AS readAt, n.actor_id AS actorId, u.name AS actorName,
         t.city_slug AS citySlug, city.name AS cityName, t.document_name AS documentName, n.thread_id AS threadId,
         n.comment_id AS commentId, substr(c.body, 1, ${NOTIFICATION_LIMITS.excerptLength}) AS body
       ${FROM}
       JOIN users u ON u.id = n.actor_id
       JOIN cities city ON city.slug = t.city_slug
       ${WHERE_VISIBLE}
       ORDER BY n.created_at DESC, n.rowid DESC LIMIT @limit`,
    );
    this.unread = db.prepare<{ recipientId: string; citySlugs: string }, { count: number }>(
      `SELECT count(*) AS count ${FROM} ${WHERE_VISIBLE} AND n.read_at IS NULL`,
    );
    this.markOne = db.prepare('UPDATE notifications SET read_at = ? WHERE id = ? AND recipient_id = ? AND read_at IS NULL');
  }

  add(notifications: readonly NewNotification[]): Promise<string[]> {
    const added = this.db.transaction(() =>
      notifications.filter((notification) => this.insertRow.run(notification).changes === 1).map((notification) => notification.recipientId),
    )();
    return Promise.resolve(added);
  }

  list(recipientId: string, citySlugs: readonly string[], limit: number): Promise<Notification[]> {
    return Promise.resolve(this.newest.all({ recipientId, citySlugs: JSON.stringify(citySlugs), limit }).map(toNotification));
  }

  countUnread(recipientId: string, citySlugs: readonly string[]): Promise<number> {
    return Promise.resolve(this.unread.get({ recipientId, citySlugs: JSON.stringify(citySlugs) })?.count ?? 0);
  }

  markRead(recipientId: string, ids: readonly string[], at: string): Promise<number> {
    const changed = this.db.transaction(() => ids.reduce((sum, id) => sum + this.markOne.run(at, id, recipientId).changes, 0))();
    return Promise.resolve(changed);
  }
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.createdAt,
    readAt: row.readAt,
    actor: { id: row.actorId, name: row.actorName },
    city: { slug: row.citySlug, name: row.cityName },
    documentName: row.documentName,
    threadId: row.threadId,
    commentId: row.commentId,
    excerpt: row.body,
  };
}
