import type { Db } from '../db/openDatabase.js';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** A session as the rest of the app refers to it. */
export interface SessionKey {
  tokenHash: string;
  userId: string;
}

/** SQL for server-side sessions; rows are keyed by the token's hash, never the token. */
export class SessionRepository {
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

  find(tokenHash: string): SessionRecord | null {
    return this.one.get(tokenHash) ?? null;
  }

  insert(session: SessionRecord): void {
    this.insertRow.run(session);
  }

  touch(tokenHash: string, lastSeenAt: string): void {
    this.touchRow.run(lastSeenAt, tokenHash);
  }

  /** Deletes one session; returns its account, or null when there was no such session. */
  delete(tokenHash: string): string | null {
    return this.deleteRow.get(tokenHash)?.userId ?? null;
  }

  /** Deletes every session of an account; returns their token hashes. */
  deleteAllOf(userId: string): string[] {
    return this.deleteOfUser.all(userId).map((row) => row.tokenHash);
  }

  /** Deletes the sessions past their absolute end, or idle since `idleBefore` or earlier; returns them. */
  deleteExpired(now: string, idleBefore: string): SessionKey[] {
    return this.deleteStale.all(now, idleBefore);
  }

  /** Deletes the sessions of disabled accounts; returns them. */
  deleteOfDisabledAccounts(): SessionKey[] {
    return this.deleteOfDisabled.all();
  }
}
