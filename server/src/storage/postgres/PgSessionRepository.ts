import type pg from 'pg';
import type { SessionKey, SessionRecord, SessionRepository } from '../../auth/SessionRepository.js';

const SESSION_COLUMNS = `token_hash AS "tokenHash", user_id AS "userId", created_at AS "createdAt",
  last_seen_at AS "lastSeenAt", expires_at AS "expiresAt"`;

/** SessionRepository over PostgreSQL; each method is one statement, so its own transaction. */
export class PgSessionRepository implements SessionRepository {
  constructor(private readonly pool: pg.Pool) {}

  async find(tokenHash: string): Promise<SessionRecord | null> {
    return (await this.pool.query<SessionRecord>(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_hash = $1`, [tokenHash])).rows[0] ?? null;
  }

  async insert(session: SessionRecord): Promise<void> {
    await this.pool.query('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      session.tokenHash,
      session.userId,
      session.createdAt,
      session.lastSeenAt,
      session.expiresAt,
    ]);
  }

  async touch(tokenHash: string, lastSeenAt: string): Promise<void> {
    await this.pool.query('UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2', [lastSeenAt, tokenHash]);
  }

  async delete(tokenHash: string): Promise<string | null> {
    return (await this.pool.query<{ userId: string }>('DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id AS "userId"', [tokenHash])).rows[0]?.userId ?? null;
  }

  async deleteAllOf(userId: string): Promise<string[]> {
    const deleted = await this.pool.query<{ tokenHash: string }>('DELETE FROM sessions WHERE user_id = $1 RETURNING token_hash AS "tokenHash"', [userId]);
    return deleted.rows.map((row) => row.tokenHash);
  }

  async deleteExpired(now: string, idleBefore: string): Promise<SessionKey[]> {
    const deleted = await this.pool.query<SessionKey>(
      'DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING token_hash AS "tokenHash", user_id AS "userId"',
      [now, idleBefore],
    );
    return deleted.rows;
  }

  async deleteOfDisabledAccounts(): Promise<SessionKey[]> {
    const deleted = await this.pool.query<SessionKey>(
      `DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE disabled)
       RETURNING token_hash AS "tokenHash", user_id AS "userId"`,
    );
    return deleted.rows;
  }
}
