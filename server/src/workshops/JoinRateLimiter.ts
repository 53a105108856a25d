import type { Clock } from '../clock.js';
import type { AttemptStore } from '../auth/attempts/AttemptStore.js';
import { attemptKey, blockedUntil, forgiven, inWindow, retryAfterSeconds, withFailure } from '../auth/attempts/attemptCounter.js';

export interface JoinLimit {
  /** Failed joins (unknown code, guests refused) from one client address within the window. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_JOIN_LIMIT: JoinLimit = { perAddress: 20, windowMs: 10 * 60 * 1000 };

/**
 * Counts failed joins per client address in the sign-in attempt store (so the count survives a
 * restart). A join counts as a failure from its start and is forgiven when it succeeds: a room
 * of forty phones behind one library Wi-Fi address joins freely, while guessing codes stops
 * after a few wrong ones.
 */
export class JoinRateLimiter {
  constructor(
    private readonly limit: JoinLimit,
    private readonly store: AttemptStore,
    private readonly clock: Clock,
  ) {}

  /** Records an attempt. Returns the seconds to wait when it is refused (then not counted), or null. */
  begin(address: string): Promise<number | null> {
    const key = keyOf(address);
    const now = this.clock();
    const { windowMs, perAddress } = this.limit;
    return this.store.update([key], (stored) => {
      const counter = inWindow(stored.get(key), now, windowMs);
      const until = blockedUntil(counter, perAddress, windowMs);
      if (until > now) return { changes: new Map(), answer: retryAfterSeconds(until, now) };
      return { changes: new Map([[key, withFailure(counter, now)]]), answer: null };
    });
  }

  succeeded(address: string): Promise<void> {
    const key = keyOf(address);
    const now = this.clock();
    return this.store.update([key], (stored) => ({
      changes: new Map([[key, forgiven(inWindow(stored.get(key), now, this.limit.windowMs))]]),
      answer: undefined,
    }));
  }
}

function keyOf(address: string): string {
  return attemptKey('workshop.join', address);
}
