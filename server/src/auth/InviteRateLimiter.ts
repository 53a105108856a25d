import type { Clock } from '../clock.js';
import type { AttemptStore } from './attempts/AttemptStore.js';
import { attemptKey, blockedUntil, forgiven, inWindow, retryAfterSeconds, withFailure } from './attempts/attemptCounter.js';

export interface InviteAcceptLimit {
  /** Failed acceptances of one invite link within the window (probing which e-mails have accounts). */
  perToken: number;
  /** Failed acceptances from one client address within the window, whatever the links. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_INVITE_ACCEPT_LIMIT: InviteAcceptLimit = { perToken: 10, perAddress: 30, windowMs: 15 * 60 * 1000 };

/**
 * Counters of failed invite acceptances per link and per client address, stored like the
 * sign-in counters. An acceptance counts as a failure from its start and is forgiven when it
 * succeeds, so a room of newcomers accepting their links from one address is never refused.
 */
export class InviteRateLimiter {
  constructor(
    private readonly limit: InviteAcceptLimit,
    private readonly store: AttemptStore,
    private readonly clock: Clock,
  ) {}

  /** Records an attempt. Returns the seconds to wait when it is refused (then not counted), or null. */
  begin(address: string, token: string): Promise<number | null> {
    const keys = keysOf(address, token);
    const now = this.clock();
    const { windowMs } = this.limit;
    return this.store.update(Object.values(keys), (stored) => {
      const byToken = inWindow(stored.get(keys.token), now, windowMs);
      const byAddress = inWindow(stored.get(keys.address), now, windowMs);
      const until = Math.max(blockedUntil(byToken, this.limit.perToken, windowMs), blockedUntil(byAddress, this.limit.perAddress, windowMs));
      if (until > now) return { changes: new Map(), answer: retryAfterSeconds(until, now) };
      return {
        changes: new Map([
          [keys.token, withFailure(byToken, now)],
          [keys.address, withFailure(byAddress, now)],
        ]),
        answer: null,
      };
    });
  }

  /** The invite was taken up: this attempt was no failure. */
  succeeded(address: string, token: string): Promise<void> {
    const keys = keysOf(address, token);
    const now = this.clock();
    return this.store.update(Object.values(keys), (stored) => ({
      changes: new Map([
        [keys.token, forgiven(inWindow(stored.get(keys.token), now, this.limit.windowMs))],
        [keys.address, forgiven(inWindow(stored.get(keys.address), now, this.limit.windowMs))],
      ]),
      answer: undefined,
    }));
  }

  /** Drops counters whose window has passed. */
  prune(): Promise<void> {
    return this.store.prune('invite.', this.clock() - this.limit.windowMs);
  }
}

function keysOf(address: string, token: string): { token: string; address: string } {
  return { token: attemptKey('invite.token', token), address: attemptKey('invite.address', address) };
}
