import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  NOTIFICATION_LIMITS,
  NOTIFICATIONS_CHANGED_EVENT,
  notificationListSchema,
  notificationsReadResultSchema,
  notificationsReadSchema,
} from '@iap/shared';
import { requireAccount, type AccountRefresher } from '../access/requestAccount.js';
import { isoAt, type Clock } from '../clock.js';
import { eventStreams } from '../web/eventStream.js';
import type { NotificationService } from './NotificationService.js';

export interface NotificationsPluginOptions {
  service: NotificationService;
  clock: Clock;
  /** Ends a stream whose session has ended (signed out elsewhere, password changed, expired). */
  refreshAccount: AccountRefresher;
  /** How often an open stream checks that (default 25 s). */
  streamRecheckMs?: number;
}

/** Tells the browser to reconnect 5 s after a stream drops (its default is about 3 s). */
const RETRY_MS = 5_000;

/**
 * The signed-in person's own notifications, under /api: `GET /notifications` (the newest and
 * the unread count), `POST /notifications/read` and `GET /notifications/stream`, a server-sent
 * event stream that says "changed" whenever they change. Nobody ever reads another's.
 */
export async function notificationsPlugin(app: FastifyInstance, options: NotificationsPluginOptions): Promise<void> {
  const { service } = options;
  const store = service.notifications;
  const streams = eventStreams(app, options.streamRecheckMs);
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/notifications', { schema: { response: { 200: notificationListSchema } } }, async (request) => {
    const { principal } = requireAccount(request);
    const cities = await service.readableCities(principal);
    const [notifications, unreadCount] = await Promise.all([
      store.list(principal.id, cities, NOTIFICATION_LIMITS.listed),
      store.countUnread(principal.id, cities),
    ]);
    return { notifications, unreadCount };
  });

  const readSchema = { body: notificationsReadSchema, response: { 200: notificationsReadResultSchema } };
  // Who asks is decided before the body is judged: a stranger learns 401, nothing about the ids.
  const signedIn = { preValidation: async (request: FastifyRequest): Promise<void> => void requireAccount(request) };
  routes.post('/notifications/read', { ...signedIn, schema: readSchema }, async (request) => {
    const { principal } = requireAccount(request);
    const { ids } = request.body;
    // Ids of someone else's notifications change nothing: the store matches on the recipient too.
    if ((await store.markRead(principal.id, ids, isoAt(options.clock()))) > 0) {
      // The same person's other tabs lower their count too.
      service.listeners.notify([principal.id]);
    }
    return { unreadCount: await store.countUnread(principal.id, await service.readableCities(principal)) };
  });

  app.get('/notifications/stream', (request, reply) => {
    const { principal } = requireAccount(request);
    const stream = streams.open(reply, RETRY_MS, () => options.refreshAccount(request));
    // The event carries no content: the client refetches with its cookie, so a stream left
    // open after the session ends or a role changes learns nothing it may no longer see.
    const changed = (): void => stream.send(NOTIFICATIONS_CHANGED_EVENT, {});
    // One at once, so a reconnecting client catches up with what it missed while away.
    changed();
    stream.onClose(service.listeners.add(principal.id, changed));
  });
}
