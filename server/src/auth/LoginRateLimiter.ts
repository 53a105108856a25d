import type { Clock } from './clock.js';

export interface LoginRateLimit {
  /** Failed attempts allowed per e-mail address within the window (guessing one account's password). */
  perEmail: number;
  /**
   * Failed attempts allowed per client address within the window (spraying many accounts).
   * Higher than perEmail: a workshop room shares one address behind its router.
   */
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { perEmail: 10, perIp: 50, windowMs: 15 * 60 * 1000 };

interface Window {
  startedAt: number;
  failures: number;
}

/** Entries beyond this trigger a sweep of expired windows, so memory stays bounded under attack. */
const SWEEP_ABOVE = 10_000;

/**
 * In-memory fixed-window counters of failed sign-ins, per e-mail and per client address.
 * An attempt counts as a failure from the moment it starts (and is forgiven on success), so
 * a burst of parallel guesses cannot all slip in before the first one is recorded.
 */
export class LoginRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: LoginRateLimit,
    private readonly clock: Clock,
  ) {}

  /**
   * Records an attempt. Returns the seconds to wait when either counter is exhausted
   * (the attempt is then not counted), or null when the attempt may proceed.
   */
  begin(ip: string, email: string): number | null {
    const now = this.clock();
    const byIp = this.current(`ip:${ip}`, now);
    const byEmail = this.current(`email:${email}`, now);
    const blocked = [
      byIp.failures >= this.limit.perIp ? byIp : null,
      byEmail.failures >= this.limit.perEmail ? byEmail : null,
    ].filter((window): window is Window => window !== null);
    if (blocked.length > 0) {
      const until = Math.max(...blocked.map((window) => window.startedAt + this.limit.windowMs));
      return Math.max(1, Math.ceil((until - now) / 1000));
    }
    byIp.failures += 1;
    byEmail.failures += 1;
    return null;
  }

  /** A correct password: the attempt was not a failure, and the account's counter starts over. */
  succeeded(ip: string, email: string): void {
    const byIp = this.windows.get(`ip:${ip}`);
    if (byIp && byIp.failures > 0) byIp.failures -= 1;
    this.windows.delete(`email:${email}`);
  }

  private current(key: string, now: number): Window {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.limit.windowMs) {
      if (this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      window = { startedAt: now, failures: 0 };
      this.windows.set(key, window);
    }
    return window;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.limit.windowMs) this.windows.delete(key);
    }
  }
}
