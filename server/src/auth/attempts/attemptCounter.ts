import { createHash } from 'node:crypto';
import type { AttemptCounter } from './AttemptStore.js';

/**
 * The store key of a counter: its scope in clear (for whoever reads the table), then a SHA-256
 * of what it counts, so the table never lists e-mail addresses, client addresses or tokens.
 */
export function attemptKey(scope: string, ...counted: string[]): string {
  return `${scope}:${createHash('sha256').update(counted.join('\n')).digest('hex')}`;
}

/** The counter as it stands at `now`: one whose window has passed counts as none. */
export function inWindow(counter: AttemptCounter | undefined, now: number, windowMs: number): AttemptCounter | null {
  if (!counter || now - counter.windowStartedAt >= windowMs) return null;
  return counter;
}

/** One more failure; the first one starts the window. */
export function withFailure(counter: AttemptCounter | null, now: number): AttemptCounter {
  if (!counter) return { failures: 1, windowStartedAt: now, lastFailureAt: now };
  return { ...counter, failures: counter.failures + 1, lastFailureAt: now };
}

/** One failure less (an attempt counted from its start turned out right); none left deletes it. */
export function forgiven(counter: AttemptCounter | null): AttemptCounter | null {
  if (!counter || counter.failures <= 1) return null;
  return { ...counter, failures: counter.failures - 1 };
}

/** When a counter with a hard limit lets attempts through again, or 0 while under the limit. */
export function blockedUntil(counter: AttemptCounter | null, limit: number, windowMs: number): number {
  return counter && counter.failures >= limit ? counter.windowStartedAt + windowMs : 0;
}

/** Seconds for the Retry-After header: whole seconds, at least 1. */
export function retryAfterSeconds(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}
