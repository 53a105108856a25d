import { describe, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { commentSchema, commentThreadSchema, notificationListSchema, type NotificationList } from '@iap/shared';
import { appTest } from '../support/fixtures.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { someTextAnchor } from '../comments/anchors.js';

const DOC = '/api/documents/iap.obidos/comments';

/** Comments and notifications as `person` sees them on `app`. */
function commentsOn(app: FastifyInstance) {
  const call = (person: SignedIn | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      headers: person ? { cookie: person.cookie } : {},
    });

  async function openThread(person: SignedIn, body: string, mentions: string[] = []): Promise<string> {
    const response = await call(person, 'POST', DOC, { anchor: someTextAnchor(), body, mentions });
    expect(response.statusCode, response.body).toBe(201);
    return commentThreadSchema.parse(response.json()).id;
  }

  async function reply(person: SignedIn, threadId: string, body: string, mentions: string[] = []): Promise<string> {
    const response = await call(person, 'POST', `${DOC}/${threadId}/replies`, { body, mentions });
    expect(response.statusCode, response.body).toBe(201);
    return commentSchema.parse(response.json()).id;
  }

  async function notificationsOf(person: SignedIn): Promise<NotificationList> {
    const response = await call(person, 'GET', '/api/notifications');
    expect(response.statusCode, response.body).toBe(200);
    return notificationListSchema.parse(response.json());
  }
  return { call, openThread, reply, notificationsOf };
}

/** A fresh app for each test: three members and the coordinator of Óbidos, and a member of Enguera. */
const it = appTest
  .extend('cast', async ({ server: { app } }) => ({
    ana: await addSignedIn(app, { name: 'Ana Member', city: 'obidos', role: 'member' }),
    bruno: await addSignedIn(app, { name: 'Bruno Member', city: 'obidos', role: 'member' }),
    carla: await addSignedIn(app, { name: 'Carla Member', city: 'obidos', role: 'member' }),
    coordinator: await addSignedIn(app, { name: 'Olga Coordinator', city: 'obidos', role: 'coordinator' }),
    outsider: await addSignedIn(app, { name: 'Enzo Enguera', city: 'enguera', role: 'member' }),
  }))
  // Depends on the cast so that the people exist before the test's first call.
  .extend('comments', ({ server: { app }, cast: _cast }) => commentsOn(app));

describe('notifications of mentions and replies', () => {
  it('a mention notifies the person named, with who wrote it and where, and nobody else', async ({ cast: { ana, bruno, carla }, comments: { openThread, notificationsOf } }) => {
    const threadId = await openThread(ana, '@Bruno Member can you check the figures?', [bruno.id]);

    const { notifications, unreadCount } = await notificationsOf(bruno);
    expect(unreadCount).toBe(1);
    expect(notifications).toEqual([
      expect.objectContaining({
        kind: 'mention',
        readAt: null,
        actor: { id: ana.id, name: 'Ana Member' },
        city: { slug: 'obidos', name: 'Óbidos' },
        documentName: 'iap.obidos',
        threadId,
        commentId: threadId,
        excerpt: '@Bruno Member can you check the figures?',
      }),
    ]);
    // The author and the others are told nothing.
    expect((await notificationsOf(ana)).unreadCount).toBe(0);
    expect((await notificationsOf(carla)).notifications).toEqual([]);
  });

  it('a reply notifies everyone who wrote in the thread except its author; a reply that names them is one mention', async ({ cast: { ana, bruno, carla, coordinator }, comments: { openThread, reply, notificationsOf } }) => {
    const threadId = await openThread(ana, 'Which businesses count here?');
    await reply(bruno, threadId, 'Design studios.');
    expect((await notificationsOf(ana)).notifications.map((n) => [n.kind, n.actor.name])).toEqual([['reply', 'Bruno Member']]);
    expect((await notificationsOf(bruno)).unreadCount).toBe(0);

    await reply(carla, threadId, 'And makers, @Ana Member.', [ana.id]);
    expect((await notificationsOf(ana)).notifications.map((n) => [n.kind, n.actor.name])).toEqual([
      ['mention', 'Carla Member'],
      ['reply', 'Bruno Member'],
    ]);
    expect((await notificationsOf(bruno)).notifications.map((n) => [n.kind, n.excerpt])).toEqual([['reply', 'And makers, @Ana Member.']]);
    // The coordinator never wrote in the thread.
    expect((await notificationsOf(coordinator)).notifications).toEqual([]);
  });

  it('each person reads only their own notifications and marks only their own read', async ({ cast: { ana, bruno, carla }, comments: { call, openThread, notificationsOf } }) => {
    await openThread(ana, 'For @Bruno Member', [bruno.id]);
    await openThread(ana, 'For @Carla Member', [carla.id]);
    const [forBruno] = (await notificationsOf(bruno)).notifications;
    const [forCarla] = (await notificationsOf(carla)).notifications;
    expect(forBruno?.excerpt).toBe('For @Bruno Member');
    expect(forCarla?.excerpt).toBe('For @Carla Member');

    // Carla sends Bruno's id: nothing of his changes, and her count stays.
    const foreign = await call(carla, 'POST', '/api/notifications/read', { ids: [forBruno?.id] });
    expect(foreign.statusCode, foreign.body).toBe(200);
    expect(foreign.json()).toEqual({ unreadCount: 1 });
    expect((await notificationsOf(bruno)).notifications[0]?.readAt).toBeNull();

    const own = await call(bruno, 'POST', '/api/notifications/read', { ids: [forBruno?.id] });
    expect(own.json()).toEqual({ unreadCount: 0 });
    const after = await notificationsOf(bruno);
    expect(after.unreadCount).toBe(0);
    expect(after.notifications[0]?.readAt).toEqual(expect.any(String));
    expect((await notificationsOf(carla)).unreadCount).toBe(1);
  });

  it('refuses anonymous callers and malformed read requests', async ({ cast: { bruno }, comments: { call } }) => {
    expect((await call(null, 'GET', '/api/notifications')).statusCode).toBe(401);
    expect((await call(null, 'POST', '/api/notifications/read', { ids: ['x'] })).statusCode).toBe(401);
    expect((await call(null, 'GET', '/api/notifications/stream')).statusCode).toBe(401);
    for (const payload of [{}, { ids: [] }, { ids: 'x' }, { ids: ['x'], extra: 1 }]) {
      const response = await call(bruno, 'POST', '/api/notifications/read', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid_payload' } });
    }
  });

  it('someone who cannot read the plan is not notified, and loses the notifications of a city they left', async ({ server: { app }, cast: { ana, bruno, carla, coordinator, outsider }, comments: { call, openThread, reply, notificationsOf } }) => {
    // A mention of someone outside the city is refused outright, so it notifies nobody.
    const refused = await call(ana, 'POST', DOC, { anchor: someTextAnchor(), body: 'Hi @Enzo', mentions: [outsider.id] });
    expect(refused.statusCode).toBe(400);
    expect((await notificationsOf(outsider)).notifications).toEqual([]);

    const threadId = await openThread(bruno, 'Budget first?');
    await reply(ana, threadId, 'Yes, @Bruno Member', [bruno.id]);
    expect((await notificationsOf(bruno)).unreadCount).toBe(1);

    // Bruno leaves the city: the old notification is hidden, and a new reply creates none.
    expect((await call(coordinator, 'DELETE', `/api/cities/obidos/members/${bruno.id}`)).statusCode).toBe(204);
    await reply(carla, threadId, 'Agreed.');
    expect(await notificationsOf(bruno)).toEqual({ notifications: [], unreadCount: 0 });
    const stored = app.db.prepare('SELECT count(*) AS n FROM notifications WHERE recipient_id = ?').get(bruno.id) as { n: number };
    expect(stored.n).toBe(1);
  });

  it('an edit that names someone new notifies them once; a deleted comment leaves the list', async ({ cast: { ana, carla }, comments: { call, openThread, notificationsOf } }) => {
    const threadId = await openThread(ana, 'Who runs the festival?');
    const edited = await call(ana, 'PATCH', `/api/comments/${threadId}`, { body: 'Who runs the festival, @Carla Member?', mentions: [carla.id] });
    expect(edited.statusCode, edited.body).toBe(200);
    await call(ana, 'PATCH', `/api/comments/${threadId}`, { body: 'Who runs it, @Carla Member?', mentions: [carla.id] });
    expect((await notificationsOf(carla)).notifications.map((n) => [n.kind, n.excerpt])).toEqual([['mention', 'Who runs it, @Carla Member?']]);

    expect((await call(ana, 'DELETE', `/api/comments/${threadId}`)).statusCode).toBe(204);
    expect(await notificationsOf(carla)).toEqual({ notifications: [], unreadCount: 0 });
  });
});
