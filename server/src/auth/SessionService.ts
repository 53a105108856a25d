import type { Db } from '../db/openDatabase.js';
import { isoAt, type Clock } from './clock.js';
import type { Account, PrincipalDirectory } from './PrincipalDirectory.js';
import { SessionRepository } from './SessionRepository.js';
import { hashToken, newToken } from './tokens.js';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 7 * 24 * 60 * 60 * 1000,
  absoluteMs: 30 * 24 * 60 * 60 * 1000,
};

/** An account resolved from a valid session cookie. */
export interface Authenticated extends Account {
  tokenHash: string;
}

/** Writing last_seen_at on every request would turn reads into writes; once a minute is precise enough. */
const TOUCH_EVERY_MS = 60_000;

/** Server-side sessions: create at sign-in, resolve per request, end at sign-out or expiry. */
export class SessionService {
  private readonly sessions: SessionRepository;

  constructor(
    db: Db,
    private readonly principals: PrincipalDirectory,
    readonly policy: SessionPolicy,
    private readonly clock: Clock,
  ) {
    this.sessions = new SessionRepository(db);
  }

  /** Starts a session; the token goes into the cookie and only its hash into the database. */
  start(userId: string): { token: string; expiresAt: Date } {
    const now = this.clock();
    // Sign-ins are rare: a good moment to drop expired rows so the table does not grow forever.
    this.sessions.deleteExpired(isoAt(now), isoAt(now - this.policy.idleMs));
    const token = newToken();
    const expiresAt = now + this.policy.absoluteMs;
    this.sessions.insert({
      tokenHash: hashToken(token),
      userId,
      createdAt: isoAt(now),
      lastSeenAt: isoAt(now),
      expiresAt: isoAt(expiresAt),
    });
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** The signed-in account for a cookie value, or null (no cookie, unknown, expired, disabled). */
  resolve(token: string | undefined): Authenticated | null {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const session = this.sessions.find(tokenHash);
    if (!session) return null;
    const now = this.clock();
    const lastSeen = Date.parse(session.lastSeenAt);
    if (now >= Date.parse(session.expiresAt) || now >= lastSeen + this.policy.idleMs) {
      this.sessions.delete(tokenHash);
      return null;
    }
    const account = this.principals.load(session.userId);
    if (!account) return null;
    if (now - lastSeen >= TOUCH_EVERY_MS) this.sessions.touch(tokenHash, isoAt(now));
    return { ...account, tokenHash };
  }

  /** Ends a session server-side: the cookie is worthless afterwards, even if kept. */
  end(tokenHash: string): void {
    this.sessions.delete(tokenHash);
  }
}
