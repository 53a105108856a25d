import { isoAt, type Clock } from '../clock.js';
import type { Account, PrincipalDirectory } from './PrincipalDirectory.js';
import type { SessionRepository } from './SessionRepository.js';
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

/**
 * Why a session ended: signed out; replaced by a new sign-in or by an account created through
 * an invite in the same browser; past its idle or absolute limit; its account removed or disabled.
 */
export type SessionEndReason = 'signed_out' | 'replaced' | 'expired' | 'account_removed';

export interface EndedSession {
  tokenHash: string;
  /** The session's account, or null when the session was already gone. */
  userId: string | null;
  reason: SessionEndReason;
}

export type SessionEndedListener = (ended: EndedSession) => void;

/** Writing last_seen_at on every request would turn reads into writes; once a minute is precise enough. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Server-side sessions: create at sign-in, resolve per request, end at sign-out or expiry.
 * Every path that ends a session raises one "ended" event, so whatever else must end with it
 * (the collaboration sockets it opened) listens once instead of each caller remembering it.
 */
export class SessionService {
  private readonly endedListeners = new Set<SessionEndedListener>();

  constructor(
    private readonly sessions: SessionRepository,
    private readonly principals: PrincipalDirectory,
    readonly policy: SessionPolicy,
    private readonly clock: Clock,
  ) {}

  /** Calls `listener` after each session ends, whatever the path; returns the unsubscribe. */
  onEnded(listener: SessionEndedListener): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  /** Starts a session; the token goes into the cookie and only its hash into the database. */
  async start(userId: string): Promise<{ token: string; expiresAt: Date }> {
    // Sign-ins are rare: a good moment to end expired sessions, so the table does not grow forever.
    await this.endExpired();
    const now = this.clock();
    const token = newToken();
    const expiresAt = now + this.policy.absoluteMs;
    await this.sessions.insert({
      tokenHash: hashToken(token),
      userId,
      createdAt: isoAt(now),
      lastSeenAt: isoAt(now),
      expiresAt: isoAt(expiresAt),
    });
    return { token, expiresAt: new Date(expiresAt) };
  }

  /** The signed-in account for a cookie value, or null (no cookie, unknown, expired, disabled). */
  async resolve(token: string | undefined): Promise<Authenticated | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const session = await this.sessions.find(tokenHash);
    if (!session) return null;
    const now = this.clock();
    const lastSeen = Date.parse(session.lastSeenAt);
    if (now >= Date.parse(session.expiresAt) || now >= lastSeen + this.policy.idleMs) {
      await this.end(tokenHash, 'expired');
      return null;
    }
    const account = await this.principals.load(session.userId);
    if (!account) {
      await this.end(tokenHash, 'account_removed');
      return null;
    }
    if (now - lastSeen >= TOUCH_EVERY_MS) await this.sessions.touch(tokenHash, isoAt(now));
    return { ...account, tokenHash };
  }

  /**
   * The account behind a session as it stands now (its roles and memberships reloaded), or null
   * once the session ended, passed its limits or lost its account. Unlike `resolve` it does not
   * count as activity: a stream left open in an idle tab must not keep its session alive.
   */
  async reload(tokenHash: string): Promise<Authenticated | null> {
    const session = await this.sessions.find(tokenHash);
    if (!session) return null;
    const now = this.clock();
    if (now >= Date.parse(session.expiresAt) || now >= Date.parse(session.lastSeenAt) + this.policy.idleMs) return null;
    const account = await this.principals.load(session.userId);
    return account ? { ...account, tokenHash } : null;
  }

  /**
   * Whether a session (by its token hash) is still stored. One past its limits counts until the
   * sweep ends it, which tells its sockets then.
   */
  async isActive(tokenHash: string): Promise<boolean> {
    return (await this.sessions.find(tokenHash)) !== null;
  }

  /** Ends a session server-side: the cookie is worthless afterwards, even if kept. */
  async end(tokenHash: string, reason: SessionEndReason): Promise<void> {
    const userId = await this.sessions.delete(tokenHash);
    this.emitEnded([{ tokenHash, userId, reason }]);
  }

  /** Ends every session of an account: call it when the account is removed or disabled. */
  async endAllOf(userId: string, reason: SessionEndReason = 'account_removed'): Promise<void> {
    const tokenHashes = await this.sessions.deleteAllOf(userId);
    this.emitEnded(tokenHashes.map((tokenHash) => ({ tokenHash, userId, reason })));
  }

  /**
   * Ends every session past its idle or absolute limit, and every session of a disabled
   * account. Called at each sign-in and by the app's sweep (every minute), so a session nobody
   * uses any more still ends on time, and so do the sockets it opened. Resolves with how many ended.
   */
  async endExpired(): Promise<number> {
    const now = this.clock();
    const removed = await this.sessions.deleteOfDisabledAccounts();
    const expired = await this.sessions.deleteExpired(isoAt(now), isoAt(now - this.policy.idleMs));
    this.emitEnded([
      ...removed.map((session) => ({ ...session, reason: 'account_removed' as const })),
      ...expired.map((session) => ({ ...session, reason: 'expired' as const })),
    ]);
    return removed.length + expired.length;
  }

  /** Tells every listener; one that throws neither stops the others nor undoes the ending. */
  private emitEnded(ended: readonly EndedSession[]): void {
    const failures: unknown[] = [];
    for (const session of ended) {
      for (const listener of this.endedListeners) {
        try {
          listener(session);
        } catch (error) {
          failures.push(error);
        }
      }
    }
    if (failures.length > 0) throw failures[0];
  }
}
