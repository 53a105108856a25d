import * as z from 'zod/mini';

/** Why someone is told: they were @mentioned, or someone replied in a thread they wrote in. */
export const NOTIFICATION_KINDS = ['mention', 'reply'] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const NOTIFICATION_LIMITS = {
  /** The newest notifications `GET /api/notifications` returns. */
  listed: 50,
  /** Characters of the comment shown in the list. */
  excerptLength: 140,
  /** Ids one `POST /api/notifications/read` may mark. */
  markRead: 100,
} as const;

/** Where a notification leads: the city's IAP, opened at the thread (`/doc/<documentName>?thread=<threadId>`). */
export const notificationSchema = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  createdAt: z.string(),
  /** Null while unread. */
  readAt: z.nullable(z.string()),
  actor: z.object({ id: z.string(), name: z.string() }),
  city: z.object({ slug: z.string(), name: z.string() }),
  documentName: z.string(),
  threadId: z.string(),
  commentId: z.string(),
  /** The start of the comment, as plain text. */
  excerpt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** `GET /api/notifications`: the newest first, and how many of all are unread. */
export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  unreadCount: z.int().check(z.nonnegative()),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

/** `POST /api/notifications/read`: the caller's notifications to mark read (others' ids are ignored). */
export const notificationsReadSchema = z.strictObject({
  ids: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(NOTIFICATION_LIMITS.markRead)),
});
export type NotificationsReadInput = z.infer<typeof notificationsReadSchema>;

export const notificationsReadResultSchema = z.object({ unreadCount: z.int().check(z.nonnegative()) });
export type NotificationsReadResult = z.infer<typeof notificationsReadResultSchema>;

/**
 * `GET /api/notifications/stream` (server-sent events): an event of this name, with no data
 * worth reading, each time the caller's notifications change; the client then refetches the list.
 */
export const NOTIFICATIONS_CHANGED_EVENT = 'notifications';

/** The query parameter of the plan's URL that opens the comments panel at a thread. */
export const THREAD_QUERY_PARAM = 'thread';
