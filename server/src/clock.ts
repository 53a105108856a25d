/**
 * Milliseconds since the epoch. Injected wherever time decides something (session and
 * invite expiry, rate-limit windows) so tests move time forward instead of sleeping.
 */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** ISO-8601 UTC, the format every timestamp column uses (it sorts and compares as text). */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}
