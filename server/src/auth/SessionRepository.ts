import type { Db } from '../db/openDatabase.js';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** SQL for server-side sessions; rows are keyed by the token's hash, never the token. */
export class SessionRepository {
  private readonly one;
  private readonly insertRow;
  private readonly touchRow;
  private readonly deleteRow;
  private readonly deleteStale;

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
    this.deleteRow = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
    this.deleteStale = db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?');
  }

  find(tokenHash: string): SessionRecord | null {
    return this.one.get(tokenHash) ?? null;
  }

  insert(session: SessionRecord): void {
    this.insertRow.run(session);
  }

  touch(tokenHash: string, lastSeenAt: string): void {
    this.touchRow.run(lastSeenAt, tokenHash);
  }

  delete(tokenHash: string): void {
    this.deleteRow.run(tokenHash);
  }

  /** Removes sessions past their absolute end, or idle since before `idleBefore`. */
  deleteExpired(now: string, idleBefore: string): void {
    this.deleteStale.run(now, idleBefore);
  }
}
