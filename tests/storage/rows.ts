import type { EngineUnderTest } from '../support/engines.js';

/** Fixture rows the stores under test refer to, written as plain rows in either engine. */
const T0 = '2025-03-03T09:00:00.000Z';

export async function addCity(engine: EngineUnderTest, slug: string, name = slug): Promise<void> {
  const networks = await engine.query<{ slug: string }>('SELECT slug FROM networks WHERE slug = ?', ['net']);
  if (networks.length === 0) await engine.insert('networks', { slug: 'net', name: 'Network', theme: 'theme', lead_partner_city: slug });
  await engine.insert('cities', { slug, network_slug: 'net', name, country: 'PT', language: 'pt' });
}

export async function addUser(engine: EngineUnderTest, id: string, options: { name?: string; disabled?: boolean } = {}): Promise<void> {
  await engine.insert('users', {
    id,
    email: `${id}@people.test`,
    name: options.name ?? `Person ${id}`,
    password_hash: 'scrypt$x',
    created_at: T0,
    disabled: options.disabled ? 1 : 0,
  });
}

/** A thread on `documentName` in `citySlug` whose first comment (same id) says `body`. */
export async function addThread(engine: EngineUnderTest, thread: { id: string; citySlug: string; documentName: string; authorId: string; body: string }): Promise<void> {
  await engine.insert('comment_threads', {
    id: thread.id,
    document_name: thread.documentName,
    city_slug: thread.citySlug,
    anchor_kind: 'action',
    anchor_action_id: 'act-1',
    created_by: thread.authorId,
    created_at: T0,
  });
  await addComment(engine, { id: thread.id, threadId: thread.id, authorId: thread.authorId, body: thread.body });
}

export async function addComment(engine: EngineUnderTest, comment: { id: string; threadId: string; authorId: string; body: string }): Promise<void> {
  await engine.insert('comments', { id: comment.id, thread_id: comment.threadId, author_id: comment.authorId, body: comment.body, created_at: T0 });
}
