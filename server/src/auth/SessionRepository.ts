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

/**
 * Storage of server-side sessions; rows are keyed by the token's hash, never the token.
 * Asynchronous, the shape a PostgreSQL implementation needs; each method is one statement
 * (a delete returns what it deleted, as `DELETE … RETURNING` does in both databases).
 */
export interface SessionRepository {
  find(tokenHash: string): Promise<SessionRecord | null>;
  insert(session: SessionRecord): Promise<void>;
  touch(tokenHash: string, lastSeenAt: string): Promise<void>;
  /** Deletes one session; resolves with its account, or null when there was no such session. */
  delete(tokenHash: string): Promise<string | null>;
  /** Deletes every session of an account; resolves with their token hashes. */
  deleteAllOf(userId: string): Promise<string[]>;
  /** Deletes the sessions past their absolute end, or idle since `idleBefore` or earlier; resolves with them. */
  deleteExpired(now: string, idleBefore: string): Promise<SessionKey[]>;
  /** Deletes the sessions of disabled accounts; resolves with them. */
  deleteOfDisabledAccounts(): Promise<SessionKey[]>;
}
