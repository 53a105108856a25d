import type { FastifyInstance } from 'fastify';
import type { InviteRateLimiter } from './InviteRateLimiter.js';
import type { LoginRateLimiter } from './LoginRateLimiter.js';
import type { SessionService } from './SessionService.js';

export interface AccountSweepOptions {
  sessions: SessionService;
  loginLimiter: LoginRateLimiter;
  inviteLimiter: InviteRateLimiter;
  intervalMs: number;
}

/**
 * Every `intervalMs`: ends the sessions past their limits (their "ended" event closes the
 * sockets they opened, which make no request that would notice) and drops attempt counters
 * whose window has passed. Stops when the app closes.
 */
export function startAccountSweep(app: FastifyInstance, options: AccountSweepOptions): void {
  const sweep = async (): Promise<void> => {
    try {
      await options.sessions.endExpired();
      await options.loginLimiter.prune();
      await options.inviteLimiter.prune();
    } catch (error) {
      app.log.error({ err: error }, 'account sweep failed');
    }
  };
  const timer = setInterval(() => void sweep(), options.intervalMs);
  timer.unref();
  app.addHook('preClose', async () => clearInterval(timer));
}
