import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE, type CityRole, type NetworkRole } from '@iap/shared';
import { hashPassword } from '@iap/server/auth/passwords';

export const PASSWORD = 'a long test password';
// One hash for every test account: scrypt is slow on purpose, and these tests sign in, not crack.
let sharedHash: Promise<string> | null = null;

export interface Account {
  id: string;
  email: string;
  name: string;
}

export interface SignedIn extends Account {
  /** The Cookie header of the account's session. */
  cookie: string;
}

/** Writes an account (and its city role) straight to the app's storage, as an arrangement step. */
export async function createAccount(
  app: FastifyInstance,
  spec: { name: string; networkRole?: NetworkRole; city?: string; role?: CityRole },
): Promise<Account> {
  sharedHash ??= hashPassword(PASSWORD);
  const id = randomUUID();
  const email = `${spec.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id.slice(0, 8)}@people.test`;
  const now = new Date().toISOString();
  await app.storage.users.create({
    id,
    email,
    name: spec.name,
    passwordHash: await sharedHash,
    networkRole: spec.networkRole ?? null,
    createdAt: now,
  });
  if (spec.city) await app.storage.memberships.add({ userId: id, citySlug: spec.city, role: spec.role ?? 'member', joinedAt: now }, []);
  return { id, email, name: spec.name };
}

/** Signs in through the real login route and returns the Cookie header to send. */
export async function signIn(app: FastifyInstance, email: string, password = PASSWORD): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const session = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  if (response.statusCode !== 200 || !session) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return `${SESSION_COOKIE}=${session.value}`;
}

export async function addSignedIn(app: FastifyInstance, spec: Parameters<typeof createAccount>[1]): Promise<SignedIn> {
  const account = await createAccount(app, spec);
  return { ...account, cookie: await signIn(app, account.email) };
}

/** Everyone the access matrix asks about. City roles are held in `city`; network roles everywhere. */
export const ACTORS = ['coordinator', 'facilitator', 'member', 'observer', 'lead_partner', 'admin', 'anonymous'] as const;
export type Actor = (typeof ACTORS)[number];

export type Cast = Record<Actor, SignedIn | null>;

/** One signed-in account per actor: the four city roles of `city`, the lead partner, an admin; anonymous is null. */
export async function signInCast(app: FastifyInstance, city: string): Promise<Cast> {
  const cityRole = async (role: CityRole) => addSignedIn(app, { name: `${city} ${role}`, city, role });
  return {
    coordinator: await cityRole('coordinator'),
    facilitator: await cityRole('facilitator'),
    member: await cityRole('member'),
    observer: await cityRole('observer'),
    lead_partner: await addSignedIn(app, { name: 'Lead partner', networkRole: 'lead_partner' }),
    admin: await addSignedIn(app, { name: 'Admin', networkRole: 'admin' }),
    anonymous: null,
  };
}

/** Row counts of every accounts table, to assert that a refused request changed nothing. */
export function tableCounts(app: FastifyInstance): Record<string, number> {
  const tables = ['users', 'memberships', 'sessions', 'invites', 'stakeholders', 'audit_log'];
  return Object.fromEntries(
    tables.map((table) => [table, (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
}
