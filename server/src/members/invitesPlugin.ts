import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ErrorCode,
  INVITE_TTL_DAYS,
  inviteAcceptedSchema,
  inviteAcceptNewAccountSchema,
  inviteAcceptSignedInSchema,
  inviteCreatedSchema,
  inviteCreateSchema,
  invitePreviewSchema,
  pendingInvitesResponseSchema,
} from '@iap/shared';
import * as z from 'zod/mini';
import { cityGate, cityParamsSchema } from '../access/cityGate.js';
import { assertCanInvite } from '../access/policy.js';
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
  commands: MemberCommands;
  sessions: SessionService;
  principals: PrincipalDirectory;
  cookie: SessionCookieOptions;
  limiter: InviteRateLimiter;
}

const INVITE_TTL_MS = INVITE_TTL_DAYS * 24 * 60 * 60 * 1000;

const tokenParamsSchema = z.object({ token: z.string() });

/**
 * Invite links, under /api: coordinators (any role) and facilitators (member, observer)
 * create them for a city; anyone holding the link may preview and accept it once.
 */
export async function invitesPlugin(app: FastifyInstance, options: InvitesPluginOptions): Promise<void> {
  const { clock, cities, invites, commands, sessions, principals, limiter } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const gate = cityGate(cities);
  const inviting = gate.check('members.invite');

  const createSchema = { params: cityParamsSchema, body: inviteCreateSchema, response: { 201: inviteCreatedSchema } };
  routes.post('/cities/:slug/invites', { ...inviting, schema: createSchema }, async (request, reply) => {
    const { principal, city } = gate.grantOf(request);
    const { role } = request.body;
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
    await invites.create(invite, [
      {
        actorId: principal.id,
        citySlug: city.slug,
        action: 'invite.created',
        subject: { type: 'invite', id: invite.id },
        details: { role },
      },
    ]);
    void reply.status(201);
    return { id: invite.id, token, url: `/invite/${token}`, role, expiresAt: invite.expiresAt };
  });

  const listSchema = { params: cityParamsSchema, response: { 200: pendingInvitesResponseSchema } };
  routes.get('/cities/:slug/invites', { ...inviting, schema: listSchema }, async (request) => {
    const { city } = gate.grantOf(request);
    return {
      invites: (await invites.listPending(city.slug, isoAt(clock()))).map((invite) => ({
        id: invite.id,
        role: invite.role,
        createdBy: { id: invite.createdById, name: invite.createdByName },
        createdAt: invite.createdAt,
        expiresAt: invite.expiresAt,
      })),
    };
  });

  const revokeSchema = { params: z.extend(cityParamsSchema, { id: z.string() }) };
  routes.delete('/cities/:slug/invites/:id', { ...inviting, schema: revokeSchema }, async (request, reply) => {
    const { principal, city } = gate.grantOf(request);
    const invite = await invites.findInCity(request.params.id, city.slug);
    if (!invite) throw new AppError(ErrorCode.notFound, 'No such invite', 'id');
    assertCanInvite(principal, city.slug, invite.role);
    const revoked = await invites.revoke(invite.id, isoAt(clock()), [
      {
        actorId: principal.id,
        citySlug: city.slug,
        action: 'invite.revoked',
        subject: { type: 'invite', id: invite.id },
        details: { role: invite.role },
      },
    ]);
    if (revoked.outcome === 'not_pending') throw new AppError(ErrorCode.conflict, 'This invite was already used or withdrawn', 'id');
    return reply.status(204).send();
  });

  routes.get('/invites/:token', { schema: { params: tokenParamsSchema, response: { 200: invitePreviewSchema } } }, async (request) => {
    const invite = await invites.findByTokenHash(hashToken(request.params.token));
    assertInviteUsable(invite, isoAt(clock()));
    const city = await cities.find(invite.citySlug);
    if (!city) throw new AppError(ErrorCode.notFound, 'This invite link is not valid', 'token');
    return { city: { slug: city.slug, name: city.name, country: city.country }, role: invite.role, expiresAt: invite.expiresAt };
  });

  // The body is read here, not declared: which schema applies depends on who is signed in, and
  // the attempt is counted (rate limit) before anything about it is judged.
  const acceptSchema = { params: tokenParamsSchema, response: { 200: inviteAcceptedSchema } };
  routes.post('/invites/:token/accept', { schema: acceptSchema }, async (request, reply) => {
    // Counted before anything is looked up: refusals (unknown link, e-mail taken) tell something.
    const retryAfter = await limiter.begin(request.ip, request.params.token);
    if (retryAfter !== null) {
      void reply.header('retry-after', String(retryAfter));
      throw new AppError(ErrorCode.rateLimited, 'Too many attempts to accept an invite; try again later');
    }
    const invite = await invites.findByTokenHash(hashToken(request.params.token));
    assertInviteUsable(invite, isoAt(clock()));
    let userId: string;
    // Signed in with an empty body: the invite adds this city to the current account.
    if (request.account && inviteAcceptSignedInSchema.safeParse(request.body ?? {}).success) {
      userId = request.account.user.id;
      await commands.joinByInvite(invite, userId);
    } else {
      const account = inviteAcceptNewAccountSchema.parse(request.body);
      const passwordHash = await hashPassword(account.password);
      userId = await commands.createAccountByInvite(invite, account, passwordHash);
      // The browser now belongs to the new account: the session it had ends, sockets included.
      if (request.account) await sessions.end(request.account.tokenHash, 'replaced');
      const session = await sessions.start(userId);
      setSessionCookie(reply, session.token, session.expiresAt, options.cookie);
    }
    await limiter.succeeded(request.ip, request.params.token);
    const joined = await principals.load(userId);
    if (!joined) throw new AppError(ErrorCode.internal, 'The account could not be loaded');
    return { me: describeAccount(joined), city: invite.citySlug, role: invite.role };
  });
}
