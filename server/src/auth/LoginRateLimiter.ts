import type { Clock } from '../clock.js';
import type { AttemptStore } from './attempts/AttemptStore.js';
import { attemptKey, blockedUntil, forgiven, inWindow, retryAfterSeconds, withFailure } from './attempts/attemptCounter.js';

export interface LoginRateLimit {
  /**
   * Failed sign-ins for one account from one client address within the window; then that address
   * waits for the window to end, for that account only (one guesser cannot lock the owner out).
   */
  perAccountAndAddress: number;
  /** Failed sign-ins for one account, from any address, before each further one waits a growing delay. */
  perAccountBeforeDelay: number;
  /** The first such delay; it doubles with each further failure, up to `maxAccountDelayMs`. */
  accountDelayMs: number;
  /** Short on purpose: the owner, from a clean address, is only ever slowed down, never locked out. */
  maxAccountDelayMs: number;
  /**
   * Failed sign-ins from one client address within the window, whatever the accounts (spraying).
   * High: a workshop room shares one address behind its router.
   */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = {
  perAccountAndAddress: 10,
  perAccountBeforeDelay: 5,
  accountDelayMs: 1000,
  maxAccountDelayMs: 30_000,
  perAddress: 100,
  windowMs: 15 * 60 * 1000,
};

/**
 * Counters of failed sign-ins per (account, address), per account and per address, stored so
 * they survive a restart. Guessing stays expensive from every side: one address gets a few
 * guesses per account and a bounded number overall, many addresses together get one guess per
 * growing delay on an account. An attempt counts as a failure from the moment it starts (and is
 * forgiven on success), so a burst of parallel guesses cannot all slip in before the first one
 * is recorded; a refused attempt is not counted, so hammering never extends anyone's wait.
 */
export class LoginRateLimiter {
  constructor(
    private readonly limit: LoginRateLimit,
    private readonly store: AttemptStore,
    private readonly clock: Clock,
  ) {}

  /** Records an attempt. Returns the seconds to wait when it is refused (then not counted), or null. */
  begin(address: string, email: string): Promise<number | null> {
    const keys = keysOf(address, email);
    const now = this.clock();
    const { windowMs } = this.limit;
    return this.store.update(Object.values(keys), (stored) => {
      const pair = inWindow(stored.get(keys.pair), now, windowMs);
      const account = inWindow(stored.get(keys.account), now, windowMs);
      const byAddress = inWindow(stored.get(keys.address), now, windowMs);
      const until = Math.max(
        blockedUntil(pair, this.limit.perAccountAndAddress, windowMs),
        blockedUntil(byAddress, this.limit.perAddress, windowMs),
        account ? account.lastFailureAt + this.accountDelay(account.failures) : 0,
      );
      if (until > now) return { changes: new Map(), answer: retryAfterSeconds(until, now) };
      return {
        changes: new Map([
          [keys.pair, withFailure(pair, now)],
          [keys.account, withFailure(account, now)],
          [keys.address, withFailure(byAddress, now)],
        ]),
        answer: null,
      };
    });
  }

  /** A correct password: the account's counters start over, and the address's forgets this attempt. */
  succeeded(address: string, email: string): Promise<void> {
    const keys = keysOf(address, email);
    const now = this.clock();
    return this.store.update([keys.address], (stored) => ({
      changes: new Map([
        [keys.pair, null],
        [keys.account, null],
        [keys.address, forgiven(inWindow(stored.get(keys.address), now, this.limit.windowMs))],
      ]),
      answer: undefined,
    }));
  }

  /** Drops counters whose window has passed. */
  prune(): Promise<void> {
    return this.store.prune('login.', this.clock() - this.limit.windowMs);
  }

  /** The wait after an account's latest failure: none at first, then doubling up to the cap. */
  private accountDelay(failures: number): number {
    const beyond = failures - this.limit.perAccountBeforeDelay;
    if (beyond < 0) return 0;
    return Math.min(this.limit.maxAccountDelayMs, this.limit.accountDelayMs * 2 ** Math.min(beyond, 30));
  }
}

function keysOf(address: string, email: string): { pair: string; account: string; address: string } {
  return {
    pair: attemptKey('login.account_address', email, address),
    account: attemptKey('login.account', email),
    address: attemptKey('login.address', address),
  };
}
