import type { Notification } from '@iap/shared';
import type pg from 'pg';
import type { NewNotification, NotificationStore } from '../../notifications/NotificationStore.js';
import { NEWEST_NOTIFICATION_FIRST, NOTIFICATION_COLUMNS, NOTIFICATION_FROM, toNotification, type NotificationRow } from '../../notifications/notificationRows.js';
import { inTransaction } from './inTransaction.js';

/** Rows of the recipient ($1) in the readable cities ($2) whose comment still has its text. */
const WHERE_VISIBLE = 'WHERE n.recipient_id = $1 AND c.deleted_at IS NULL AND t.city_slug = ANY($2::text[])';

/** Notifications in PostgreSQL (migration postgres/0006). */
export class PgNotificationStore implements NotificationStore {
  constructor(private readonly pool: pg.Pool) {}

  add(notifications: readonly NewNotification[]): Promise<string[]> {
    return inTransaction(this.pool, async (client) => {
      const added: string[] = [];
      for (const notification of notifications) {
        const inserted = await client.query(
          `INSERT INTO notifications (id, recipient_id, kind, comment_id, thread_id, actor_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (recipient_id, comment_id) DO NOTHING`,
          [
            notification.id,
            notification.recipientId,
            notification.kind,
            notification.commentId,
            notification.threadId,
            notification.actorId,
            notification.createdAt,
          ],
        );
        if (inserted.rowCount === 1) added.push(notification.recipientId);
      }
      return added;
    });
  }

  async list(recipientId: string, citySlugs: readonly string[], limit: number): Promise<Notification[]> {
    const rows = await this.pool.query<NotificationRow>(`${NOTIFICATION_COLUMNS} ${WHERE_VISIBLE} ${NEWEST_NOTIFICATION_FIRST} LIMIT $3`, [
      recipientId,
      citySlugs,
      limit,
    ]);
    return rows.rows.map(toNotification);
  }

  async countUnread(recipientId: string, citySlugs: readonly string[]): Promise<number> {
    const row = (
      await this.pool.query<{ count: string }>(`SELECT count(*) AS count ${NOTIFICATION_FROM} ${WHERE_VISIBLE} AND n.read_at IS NULL`, [recipientId, citySlugs])
    ).rows[0];
    return Number(row?.count ?? 0);
  }

  async markRead(recipientId: string, ids: readonly string[], at: string): Promise<number> {
    // One statement: an id listed twice is marked once, as the SQLite loop's second pass changes nothing.
    const changed = await this.pool.query('UPDATE notifications SET read_at = $1 WHERE id = ANY($2::text[]) AND recipient_id = $3 AND read_at IS NULL', [
      at,
      ids,
      recipientId,
    ]);
    return changed.rowCount ?? 0;
  }
}
