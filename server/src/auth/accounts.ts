import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/openDatabase.js';
import { auditPlugin } from '../audit/plugin.js';
import { citiesPlugin } from '../cities/plugin.js';
import { CityRepository } from '../cities/CityRepository.js';
import type { CollabService } from '../collab/CollabService.js';
import { invitesPlugin } from '../members/invitesPlugin.js';
import { MemberCommands } from '../members/MemberCommands.js';
import { membersPlugin } from '../members/membersPlugin.js';
import { seedNetwork } from '../seed/seedNetwork.js';
import { stakeholdersPlugin } from '../stakeholders/plugin.js';
import { SqliteAttemptStore } from './attempts/SqliteAttemptStore.js';
import { installAuthentication, type SessionCookieOptions } from './authentication.js';
import type { Clock } from './clock.js';
import { SessionCollabAccess } from './collabAccess.js';
import { InviteRateLimiter, type InviteAcceptLimit } from './InviteRateLimiter.js';
import { LoginRateLimiter, type LoginRateLimit } from './LoginRateLimiter.js';
import { authPlugin } from './plugin.js';
import { PrincipalDirectory } from './PrincipalDirectory.js';
import { SessionService, type SessionPolicy } from './SessionService.js';

export interface AccountsOptions {
  clock: Clock;
  sessionPolicy: SessionPolicy;
  loginRateLimit: LoginRateLimit;
  inviteAcceptLimit: InviteAcceptLimit;
  /** How often expired sessions are ended (closing their sockets) and old attempt counters dropped. */
  sweepIntervalMs: number;
  cookie: SessionCookieOptions;
}

/** What the accounts plugins share, built once per app. */
export interface AccountServices extends AccountsOptions {
  principals: PrincipalDirectory;
  sessions: SessionService;
  loginLimiter: LoginRateLimiter;
  inviteLimiter: InviteRateLimiter;
  /** The default access decisions of the collab endpoint when accounts are on. */
  collabAccess: SessionCollabAccess;
}

/** Seeds the network (product data) and builds the services behind sign-in and roles. */
export function createAccountServices(db: Db, options: AccountsOptions): AccountServices {
  seedNetwork(db);
  const principals = new PrincipalDirectory(db);
  const sessions = new SessionService(db, principals, options.sessionPolicy, options.clock);
  const attempts = new SqliteAttemptStore(db);
  return {
    ...options,
    principals,
    sessions,
    loginLimiter: new LoginRateLimiter(options.loginRateLimit, attempts, options.clock),
    inviteLimiter: new InviteRateLimiter(options.inviteAcceptLimit, attempts, options.clock),
    collabAccess: new SessionCollabAccess(sessions, principals, new CityRepository(db)),
  };
}

/**
 * Registers the cookie parser, session resolution and every accounts route: /api/auth, /api/me,
 * /api/cities (+ members, invites, stakeholders, audit) and /api/invites (see docs/API.md); closes
 * a session's sockets when it ends, and sweeps for sessions that expire while nobody asks.
 */
export async function registerAccountPlugins(app: FastifyInstance, services: AccountServices, collab: CollabService): Promise<void> {
  const { clock, sessions, principals, cookie } = services;
  // However a session ends (sign-out, new sign-in, invite, expiry, account removed), its sockets close.
  sessions.onEnded((ended) => collab.endSession(ended.tokenHash));
  await app.register(fastifyCookie);
  installAuthentication(app, sessions);
  const commands = new MemberCommands(app.db, clock, collab);
  await app.register(authPlugin, { prefix: '/api', sessions, principals, limiter: services.loginLimiter, cookie });
  await app.register(citiesPlugin, { prefix: '/api/cities', clock });
  await app.register(membersPlugin, { prefix: '/api/cities', commands });
  await app.register(stakeholdersPlugin, { prefix: '/api/cities', clock });
  await app.register(auditPlugin, { prefix: '/api/cities', clock });
  await app.register(invitesPlugin, { prefix: '/api', clock, commands, sessions, principals, cookie, limiter: services.inviteLimiter });
  startAccountSweep(app, services);
}

/**
 * Every `sweepIntervalMs`: ends the sessions past their limits (their "ended" event closes
 * the sockets they opened, which make no request that would notice) and drops attempt
 * counters whose window has passed. Stops when the app closes.
 */
function startAccountSweep(app: FastifyInstance, services: AccountServices): void {
  const sweep = async (): Promise<void> => {
    try {
      services.sessions.endExpired();
      await services.loginLimiter.prune();
      await services.inviteLimiter.prune();
    } catch (error) {
      app.log.error({ err: error }, 'account sweep failed');
    }
  };
  const timer = setInterval(() => void sweep(), services.sweepIntervalMs);
  timer.unref();
  app.addHook('preClose', async () => clearInterval(timer));
}
