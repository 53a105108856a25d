import type { Db } from '../db/openDatabase.js';
import type { SessionKey, SessionRecord, SessionRepository } from './SessionRepository.js';

/**
 * SessionRepository over the `sessions` table. better-sqlite3 is synchronous: each promise is
 * settled when returned, and each statement is its own transaction.
 */
export class SqliteSessionRepository implements SessionRepository {
  private readonly one;
  private readonly insertRow;
  private readonly touchRow;
  private readonly deleteRow;
  private readonly deleteOfUser;
  private readonly deleteStale;
  private readonly deleteOfDisabled;

  constructor(db: Db) {
    this.one = db.prepare<[string], SessionRecord>(
      `SELECT token_hash AS tokenHash, user_id AS userId, created_at AS createdAt,
              last_seen_at AS lastSeenAt, expires_at AS expiresAt
       FROM sessions WHERE token_hash = ?`,
    );
    this.insertRow = db.prepare(
      `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
       VALUES (@tokenHash, @userId, @createdAt, @lastSeenAt, @expiresAt)`,
    );
    this.touchRow = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
    this.deleteRow = db.prepare<[string], { userId: string }>('DELETE FROM sessions WHERE token_hash = ? RETURNING user_id AS userId');
    this.deleteOfUser = db.prepare<[string], { tokenHash: string }>(
      'DELETE FROM sessions WHERE user_id = ? RETURNING token_hash AS tokenHash',
    );
    this.deleteStale = db.prepare<[string, string], SessionKey>(
      'DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ? RETURNING token_hash AS tokenHash, user_id AS userId',
    );
    this.deleteOfDisabled = db.prepare<[], SessionKey>(
      `DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE disabled = 1)
       RETURNING token_hash AS tokenHash, user_id AS userId`,
    );
  }

  async find(tokenHash: string): Promise<SessionRecord | null> {
    return this.one.get(tokenHash) ?? null;
  }

  async insert(session: SessionRecord): Promise<void> {
    this.insertRow.run(session);
  }

  async touch(tokenHash: string, lastSeenAt: string): Promise<void> {
    this.touchRow.run(lastSeenAt, tokenHash);
  }

  async delete(tokenHash: string): Promise<string | null> {
    return this.deleteRow.get(tokenHash)?.userId ?? null;
  }

  async deleteAllOf(userId: string): Promise<string[]> {
    return this.deleteOfUser.all(userId).map((row) => row.tokenHash);
  }

  async deleteExpired(now: string, idleBefore: string): Promise<SessionKey[]> {
    return this.deleteStale.all(now, idleBefore);
  }

  async deleteOfDisabledAccounts(): Promise<SessionKey[]> {
    return this.deleteOfDisabled.all();
  }
}
