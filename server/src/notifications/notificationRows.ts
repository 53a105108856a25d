import { NOTIFICATION_LIMITS, type Notification, type NotificationKind } from '@iap/shared';

/** A notification as both engines select it (aliases quoted: PostgreSQL folds bare ones to lowercase). */
export interface NotificationRow {
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

export const NOTIFICATION_FROM = `FROM notifications n
  JOIN comments c ON c.id = n.comment_id
  JOIN comment_threads t ON t.id = n.thread_id`;

/** The columns of a listed notification; FROM NOTIFICATION_FROM plus its actor and city. */
export const NOTIFICATION_COLUMNS = `SELECT n.id, n.kind, n.created_at AS "createdAt", n.read_at AS "readAt", n.actor_id AS "actorId",
    u.name AS "actorName", t.city_slug AS "citySlug", city.name AS "cityName", t.document_name AS "documentName",
    n.thread_id AS "threadId", n.comment_id AS "commentId", substr(c.body, 1, ${NOTIFICATION_LIMITS.excerptLength}) AS body
  ${NOTIFICATION_FROM}
  JOIN users u ON u.id = n.actor_id
  JOIN cities city ON city.slug = t.city_slug`;

/** Newest first; insert_order breaks ties within one millisecond. */
export const NEWEST_NOTIFICATION_FIRST = 'ORDER BY n.created_at DESC, n.insert_order DESC';

export function toNotification(row: NotificationRow): Notification {
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
