import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  ErrorCode,
  INVITE_TTL_DAYS,
  inviteAcceptNewAccountSchema,
  inviteAcceptSignedInSchema,
  inviteCreateSchema,
  type InviteAccepted,
  type InviteCreated,
  type InvitePreview,
  type PendingInvitesResponse,
} from '@iap/shared';
import { authorizeInCity } from '../access/authorizeInCity.js';
import { assertCanInvite } from '../access/policy.js';
import type { AuditLog } from '../audit/AuditLog.js';
import { setSessionCookie, type SessionCookieOptions } from '../auth/authentication.js';
import type { InviteRateLimiter } from '../auth/InviteRateLimiter.js';
import { hashPassword } from '../auth/passwords.js';
import { describeAccount, type PrincipalDirectory } from '../auth/PrincipalDirectory.js';
import type { SessionService } from '../auth/SessionService.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { CityRepository } from '../cities/CityRepository.js';
import { isoAt, type Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { assertInviteUsable } from './inviteState.js';
import type { InviteRepository } from './InviteRepository.js';
import type { MemberCommands } from './MemberCommands.js';

export interface InvitesPluginOptions {
  clock: Clock;
  cities: CityRepository;
  invites: InviteRepository;
  audit: AuditLog;
  commands: MemberCommands;
  sessions: SessionService;
  principals: PrincipalDirectory;
  cookie: SessionCookieOptions;
  limiter: InviteRateLimiter;
}

const INVITE_TTL_MS = INVITE_TTL_DAYS * 24 * 60 * 60 * 1000;

type SlugParams = { Params: { slug: string } };
type TokenParams = { Params: { token: string } };

/**
 * Invite links, under /api: coordinators (any role) and facilitators (member, observer)
 * create them for a city; anyone holding the link may preview and accept it once.
 */
export async function invitesPlugin(app: FastifyInstance, options: InvitesPluginOptions): Promise<void> {
  const { clock, cities, invites, audit, commands, sessions, principals, limiter } = options;

  app.post<SlugParams>('/cities/:slug/invites', async (request, reply): Promise<InviteCreated> => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'members.invite');
    const { role } = inviteCreateSchema.parse(request.body);
    assertCanInvite(principal, city.slug, role);
    const token = newToken();
    const now = clock();
    const invite = {
      id: randomUUID(),
      tokenHash: hashToken(token),
      citySlug: city.slug,
      role,
      createdBy: principal.id,
      createdAt: isoAt(now),
      expiresAt: isoAt(now + INVITE_TTL_MS),
    };
    app.db.transaction(() => {
      invites.insert(invite);
      audit.record({
        actorId: principal.id,
        citySlug: city.slug,
        action: 'invite.created',
        subject: { type: 'invite', id: invite.id },
        details: { role },
      });
    })();
    void reply.status(201);
    return { id: invite.id, token, url: `/invite/${token}`, role, expiresAt: invite.expiresAt };
  });

  app.get<SlugParams>('/cities/:slug/invites', async (request): Promise<PendingInvitesResponse> => {
    const { city } = authorizeInCity(request, cities, request.params.slug, 'members.invite');
    return {
      invites: invites.listPending(city.slug, isoAt(clock())).map((invite) => ({
        id: invite.id,
        role: invite.role,
        createdBy: { id: invite.createdById, name: invite.createdByName },
        createdAt: invite.createdAt,
        expiresAt: invite.expiresAt,
      })),
    };
  });

  app.delete<{ Params: { slug: string; id: string } }>('/cities/:slug/invites/:id', async (request, reply) => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'members.invite');
    const invite = invites.findInCity(request.params.id, city.slug);
    if (!invite) throw new AppError(ErrorCode.notFound, 'No such invite', 'id');
    assertCanInvite(principal, city.slug, invite.role);
    app.db.transaction(() => {
      if (!invites.revoke(invite.id, isoAt(clock()))) {
        throw new AppError(ErrorCode.conflict, 'This invite was already used or withdrawn', 'id');
      }
      audit.record({
        actorId: principal.id,
        citySlug: city.slug,
        action: 'invite.revoked',
        subject: { type: 'invite', id: invite.id },
        details: { role: invite.role },
      });
    })();
    return reply.status(204).send();
  });

  app.get<TokenParams>('/invites/:token', async (request): Promise<InvitePreview> => {
    const invite = invites.findByTokenHash(hashToken(request.params.token));
    assertInviteUsable(invite, isoAt(clock()));
    const city = cities.find(invite.citySlug);
    if (!city) throw new AppError(ErrorCode.notFound, 'This invite link is not valid', 'token');
    return { city: { slug: city.slug, name: city.name, country: city.country }, role: invite.role, expiresAt: invite.expiresAt };
  });

  app.post<TokenParams>('/invites/:token/accept', async (request, reply): Promise<InviteAccepted> => {
    // Counted before anything is looked up: refusals (unknown link, e-mail taken) tell something.
    const retryAfter = await limiter.begin(request.ip, request.params.token);
    if (retryAfter !== null) {
      void reply.header('retry-after', String(retryAfter));
      throw new AppError(ErrorCode.rateLimited, 'Too many attempts to accept an invite; try again later');
    }
    const invite = invites.findByTokenHash(hashToken(request.params.token));
    assertInviteUsable(invite, isoAt(clock()));
    let userId: string;
    // Signed in with an empty body: the invite adds this city to the current account.
    if (request.account && inviteAcceptSignedInSchema.safeParse(request.body ?? {}).success) {
      userId = request.account.user.id;
      await commands.joinByInvite(invite, userId);
    } else {
      const account = inviteAcceptNewAccountSchema.parse(request.body);
      const passwordHash = await hashPassword(account.password);
      userId = commands.createAccountByInvite(invite, account, passwordHash);
      // The browser now belongs to the new account: the session it had ends, sockets included.
      if (request.account) await sessions.end(request.account.tokenHash, 'replaced');
      const session = await sessions.start(userId);
      setSessionCookie(reply, session.token, session.expiresAt, options.cookie);
    }
    await limiter.succeeded(request.ip, request.params.token);
    const joined = principals.load(userId);
    if (!joined) throw new AppError(ErrorCode.internal, 'The account could not be loaded');
    return { me: describeAccount(joined), city: invite.citySlug, role: invite.role };
  });
}
