import type { Language } from '@iap/shared';
import type pg from 'pg';
import type { NewAccount, NewUser, UserCreation, UserRecord, UserRepository } from '../../auth/UserRepository.js';
import { inTransaction } from './inTransaction.js';

const USER_COLUMNS = `id, email, name, password_hash AS "passwordHash", network_role AS "networkRole", created_at AS "createdAt",
  disabled, locale`;

/** Inserts one enabled account without a chosen language; the unique e-mail decides a race. */
const INSERT_USER = `INSERT INTO users (id, email, name, password_hash, network_role, created_at, disabled)
  VALUES ($1, $2, $3, $4, $5, $6, false)`;

/** The values of INSERT_USER, in order. */
export function userValues(user: NewUser): unknown[] {
  return [user.id, user.email, user.name, user.passwordHash, user.networkRole, user.createdAt];
}

/** Inserts the account unless its e-mail is taken; false when it is (nothing written). */
export async function insertUserUnlessEmailTaken(client: pg.PoolClient | pg.Pool, user: NewUser): Promise<boolean> {
  // Only the e-mail conflict is absorbed: an id taken still fails, as it must.
  const inserted = await client.query(`${INSERT_USER} ON CONFLICT (email) DO NOTHING`, userValues(user));
  return inserted.rowCount === 1;
}

/** UserRepository over PostgreSQL's `users` table. */
export class PgUserRepository implements UserRepository {
  constructor(private readonly pool: pg.Pool) {}

  async findById(id: string): Promise<UserRecord | null> {
    return (await this.pool.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id])).rows[0] ?? null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    return (await this.pool.query<UserRecord>(`SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [email])).rows[0] ?? null;
  }

  async create(user: NewUser): Promise<UserCreation> {
    return (await insertUserUnlessEmailTaken(this.pool, user)) ? { outcome: 'created' } : { outcome: 'email_taken' };
  }

  createAccounts(accounts: readonly NewAccount[]): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      for (const { user, cityRoles } of accounts) {
        await client.query(INSERT_USER, userValues(user));
        for (const { citySlug, role } of cityRoles) {
          await client.query('INSERT INTO memberships (user_id, city_slug, role, joined_at) VALUES ($1, $2, $3, $4)', [user.id, citySlug, role, user.createdAt]);
        }
      }
    });
  }

  async setLocale(id: string, locale: Language): Promise<void> {
    await this.pool.query('UPDATE users SET locale = $1 WHERE id = $2', [locale, id]);
  }

  async count(): Promise<number> {
    return Number((await this.pool.query<{ count: string }>('SELECT count(*) AS count FROM users')).rows[0]?.count ?? 0);
  }
}
