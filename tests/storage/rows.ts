import type pg from 'pg';
import type { AuditRecord } from '@iap/server/audit/AuditLog';
import type { NewUser } from '@iap/server/auth/UserRepository';
import type { NetworkSeed } from '@iap/server/cities/CityRepository';
import type { MembershipRecord } from '@iap/server/members/MembershipRepository';
import { T0, type EngineUnderTest } from '../support/engines.js';

/** Fixtures of the contract tests: through the stores where they exist, else as plain rows. */

export const AT = new Date(T0).toISOString();

export const NETWORK: NetworkSeed = {
  slug: 'net',
  name: 'Network',
  theme: 'Creative clusters',
  leadPartnerCity: 'porto',
  cities: [
    { slug: 'porto', name: 'Porto', country: 'PT', language: 'pt' },
    { slug: 'turku', name: 'Turku', country: 'FI', language: 'fi' },
    { slug: 'bari', name: 'Bari', country: 'IT', language: 'it' },
  ],
};

export const user = (id: string, overrides: Partial<NewUser> = {}): NewUser => ({
  id,
  email: `${id}@people.test`,
  name: `Person ${id}`,
  passwordHash: 'scrypt$x',
  networkRole: null,
  createdAt: AT,
  ...overrides,
});

export const entry = (action: AuditRecord['action'], subjectId: string, details?: Record<string, unknown>): AuditRecord => ({
  actorId: 'ana',
  citySlug: 'porto',
  action,
  subject: { type: 'user', id: subjectId },
  ...(details ? { details } : {}),
});

export const membership = (userId: string, role: MembershipRecord['role'], citySlug = 'porto'): MembershipRecord => ({ userId, citySlug, role, joinedAt: AT });

/** The network, and accounts with the roles given in porto, named as written here (their ids and e-mails lowercased). */
export async function people(engine: EngineUnderTest, roles: Record<string, MembershipRecord['role'] | null>): Promise<void> {
  await engine.storage.cities.seedNetwork(NETWORK);
  await engine.storage.users.createAccounts(
    Object.entries(roles).map(([id, role]) => ({
      user: user(id.toLowerCase(), { name: id }),
      cityRoles: role ? [{ citySlug: 'porto', role }] : [] })),
  );
}

/**
 * Over PostgreSQL, locks `table` against writes from another connection until the returned
 * function is called, so units of work reach it and wait there; nothing to do over SQLite,
 * whose units of work never interleave.
 */
export async function holdTable(engine: EngineUnderTest, table: string): Promise<() => Promise<void>> {
  const pool = engine.pick<pg.Pool | null>({ sqlite: () => null, postgres: (pool) => pool });
  if (!pool) return async () => undefined;
  const holder = await pool.connect();
  await holder.query(`BEGIN; LOCK TABLE ${table} IN EXCLUSIVE MODE`);
  return async () => {
    await holder.query('COMMIT');
    holder.release();
  };
}

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
    created_at: AT,
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
    created_at: AT,
  });
  await addComment(engine, { id: thread.id, threadId: thread.id, authorId: thread.authorId, body: thread.body });
}

export async function addComment(engine: EngineUnderTest, comment: { id: string; threadId: string; authorId: string; body: string }): Promise<void> {
  await engine.insert('comments', { id: comment.id, thread_id: comment.threadId, author_id: comment.authorId, body: comment.body, created_at: AT });
}
