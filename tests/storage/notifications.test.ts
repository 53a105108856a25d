import { NOTIFICATION_LIMITS } from '@iap/shared';
import { describe, expect, it } from 'vitest';
import type { NewNotification, NotificationStore } from '@iap/server/notifications/NotificationStore';
import { ENGINES, useEngine, type EngineUnderTest } from '../support/engines.js';
import { addCity, addComment, addThread, addUser } from './rows.js';

const T = (second: number) => `2025-03-03T09:00:${String(second).padStart(2, '0')}.000Z`;

/** Two cities, three people, a thread in each city, and a reply in the first. */
async function world(engine: EngineUnderTest): Promise<void> {
  await addCity(engine, 'porto', 'Porto');
  await addCity(engine, 'turku', 'Turku');
  for (const id of ['ana', 'bo', 'cy']) await addUser(engine, id, { name: id.toUpperCase() });
  await addThread(engine, { id: 'th-porto', citySlug: 'porto', documentName: 'iap:porto', authorId: 'ana', body: 'Porto thread' });
  await addComment(engine, { id: 'c-reply', threadId: 'th-porto', authorId: 'bo', body: 'x'.repeat(NOTIFICATION_LIMITS.excerptLength + 50) });
  await addThread(engine, { id: 'th-turku', citySlug: 'turku', documentName: 'iap:turku', authorId: 'bo', body: 'Turku thread' });
}

const note = (id: string, recipientId: string, commentId: string, threadId: string, createdAt: string, kind: NewNotification['kind'] = 'mention'): NewNotification => ({
  id,
  recipientId,
  kind,
  commentId,
  threadId,
  actorId: 'bo',
  createdAt,
});

describe.each(ENGINES)('NotificationStore on %s', (name) => {
  const engine = useEngine(name);
  const notifications = (): NotificationStore => engine().storage.notifications;

  it('add tells each person once per comment and answers with who was newly told', async () => {
    await world(engine());
    const store = notifications();
    expect(await store.add([note('n1', 'ana', 'c-reply', 'th-porto', T(1)), note('n2', 'cy', 'c-reply', 'th-porto', T(1))])).toEqual(['ana', 'cy']);
    expect(await store.add([note('n3', 'ana', 'c-reply', 'th-porto', T(2), 'reply'), note('n4', 'ana', 'th-porto', 'th-porto', T(2))])).toEqual(['ana']);
    expect((await store.list('ana', ['porto'], 10)).map((n) => n.id).sort()).toEqual(['n1', 'n4']);
  });

  it('add is one transaction: a failing row leaves none of the others', async () => {
    await world(engine());
    const store = notifications();
    await expect(store.add([note('n1', 'ana', 'c-reply', 'th-porto', T(1)), note('n2', 'nobody', 'c-reply', 'th-porto', T(1))])).rejects.toThrow();
    expect(await store.list('ana', ['porto'], 10)).toEqual([]);
  });

  it('list gives the newest first (insertion order within one instant), with actor, city, document and a bounded excerpt', async () => {
    await world(engine());
    const store = notifications();
    await store.add([note('n-old', 'ana', 'th-porto', 'th-porto', T(1))]);
    await store.add([note('n-first', 'ana', 'c-reply', 'th-porto', T(5), 'reply')]);
    await store.add([note('n-second', 'ana', 'th-turku', 'th-turku', T(5))]);
    const listed = await store.list('ana', ['porto', 'turku'], 10);
    expect(listed.map((n) => n.id)).toEqual(['n-second', 'n-first', 'n-old']);
    expect(listed[1]).toEqual({
      id: 'n-first',
      kind: 'reply',
      createdAt: T(5),
      readAt: null,
      actor: { id: 'bo', name: 'BO' },
      city: { slug: 'porto', name: 'Porto' },
      documentName: 'iap:porto',
      threadId: 'th-porto',
      commentId: 'c-reply',
      excerpt: 'x'.repeat(NOTIFICATION_LIMITS.excerptLength),
    });
    expect((await store.list('ana', ['porto', 'turku'], 2)).map((n) => n.id)).toEqual(['n-second', 'n-first']);
  });

  it('list and countUnread leave out other cities, other people and deleted comments', async () => {
    await world(engine());
    const store = notifications();
    await store.add([note('n1', 'ana', 'c-reply', 'th-porto', T(1)), note('n2', 'ana', 'th-turku', 'th-turku', T(2)), note('n3', 'cy', 'th-porto', 'th-porto', T(3))]);
    expect((await store.list('ana', ['porto'], 10)).map((n) => n.id)).toEqual(['n1']);
    expect(await store.countUnread('ana', ['porto'])).toBe(1);
    expect(await store.countUnread('ana', [])).toBe(0);
    expect(await store.list('ana', [], 10)).toEqual([]);
    await engine().query('UPDATE comments SET deleted_at = ? WHERE id = ?', [T(9), 'c-reply']);
    expect(await store.list('ana', ['porto', 'turku'], 10)).toHaveLength(1);
    expect(await store.countUnread('ana', ['porto', 'turku'])).toBe(1);
  });

  it("markRead marks only the reader's own unread ones and answers how many changed", async () => {
    await world(engine());
    const store = notifications();
    await store.add([note('n1', 'ana', 'c-reply', 'th-porto', T(1)), note('n2', 'ana', 'th-turku', 'th-turku', T(2)), note('n3', 'cy', 'th-porto', 'th-porto', T(3))]);
    expect(await store.markRead('ana', ['n1', 'n1', 'n3', 'missing'], T(10))).toBe(1);
    expect(await store.markRead('ana', ['n1', 'n2'], T(11))).toBe(1);
    const listed = await store.list('ana', ['porto', 'turku'], 10);
    expect(listed.map((n) => [n.id, n.readAt])).toEqual([
      ['n2', T(11)],
      ['n1', T(10)],
    ]);
    expect(await store.countUnread('ana', ['porto', 'turku'])).toBe(0);
    expect(await store.countUnread('cy', ['porto'])).toBe(1);
  });
});
