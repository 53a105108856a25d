import { notificationListSchema, notificationsReadResultSchema } from '@iap/shared';
import { requestJson } from '../../api/requestJson';

/** REST calls of the notifications API (docs/API.md); every answer is checked against the shared schema. */
export const notificationsApi = {
  list: () => requestJson('/api/notifications', notificationListSchema),
  markRead: (ids: string[]) =>
    requestJson('/api/notifications/read', notificationsReadResultSchema, { method: 'POST', body: { ids } }),
};

/** The server-sent event stream that says "your notifications changed". */
export const NOTIFICATIONS_STREAM_URL = '/api/notifications/stream';
