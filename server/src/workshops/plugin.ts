import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  addAttendeeSchema,
  attendeeSchema,
  advanceWorkshopSchema,
  attendanceSchema,
  castVoteSchema,
  createDecisionSchema,
  createIdeaSchema,
  createPollSchema,
  createWorkshopSchema,
  decisionListSchema,
  decisionSchema,
  ErrorCode,
  followWorkshopSchema,
  groupIdeasSchema,
  planActionListSchema,
  ideaListSchema,
  ideaSchema,
  joinWorkshopResultSchema,
  joinWorkshopSchema,
  minutesQuerySchema,
  pollListSchema,
  pollResultsSchema,
  pollSchema,
  promoteIdeaResultSchema,
  updateWorkshopSchema,
  WORKSHOP_GUEST_COOKIE,
  workshopListSchema,
  workshopSchema,
  workshopTimerRequestSchema,
  type Workshop,
  type WorkshopParticipant,
} from '@iap/shared';
import type { AccountRefresher } from '../access/requestAccount.js';
import { can } from '../access/policy.js';
import type { CityLookup, GatedCity } from '../access/authorizeInCity.js';
import { cityGate, cityParamsSchema } from '../access/cityGate.js';
import type { AttemptStore } from '../auth/attempts/AttemptStore.js';
import type { ListenerRelay } from '../fanout/RelayedListeners.js';
import type { Clock } from '../clock.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import { AppError } from '../errors.js';
import { attachmentDisposition } from '../export/contentDisposition.js';
import type { PlanStateService } from '../planStates/PlanStateService.js';
import type { VersionService } from '../versions/VersionService.js';
import { isGuestPath, type WorkshopCaller } from './callers.js';
import { registerWorkshopEvents } from './eventStream.js';
import { DEFAULT_JOIN_LIMIT, JoinRateLimiter } from './JoinRateLimiter.js';
import { buildMinutes } from './minutes.js';
import { readerLanguage } from '../i18n/readerLanguage.js';
import { renderMinutesDocx, renderMinutesPdf } from './minutesFiles.js';
import { renderMinutesHtml } from './minutesHtml.js';
import { WorkshopBoard } from './WorkshopBoard.js';
import { WorkshopEvents } from './WorkshopEvents.js';
import { ideaParamsSchema, participantParamsSchema, pollParamsSchema, workshopGate, workshopParamsSchema } from './workshopGate.js';
import { WorkshopService, type GuestRevoker, type StakeholderRegister } from './WorkshopService.js';
import type { ParticipantRecord, WorkshopStore } from './WorkshopStore.js';

export interface WorkshopsPluginOptions {
  /** Mounted under this prefix (/api); the guest boundary applies to the whole app. */
  prefix: string;
  /** Where sessions are kept (the app's Storage). */
  store: WorkshopStore;
  cities: CityLookup<GatedCity & { language: string }>;
  attempts: AttemptStore;
  versions: VersionService;
  planStates: PlanStateService;
  registry: DocumentRegistry;
  /** The city's stakeholder register: who may be invited, and who of them came. */
  stakeholders: StakeholderRegister;
  /** Closes a guest's plan sockets, on every instance (the session ended, or the guest was removed). */
  revokeGuest: GuestRevoker;
  /** Ends an event stream whose caller's session has ended (see `streamRecheckMs`). */
  refreshAccount: AccountRefresher;
  /** How often an open event stream checks that its caller may still have it (default 25 s). */
  streamRecheckMs?: number;
  /** Relays the session's events to the streams open on the other instances (the app's fan-out). */
  relay: ListenerRelay;
  clock: Clock;
  cookie: { secure: boolean };
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A guest pass lasts a day: long enough for any meeting, short enough not to linger on a shared phone. */
const GUEST_PASS_MS = 24 * 60 * 60 * 1000;

/**
 * Workshop sessions (docs/API.md "Workshops"). Registered at the app's root (it sets the guest
 * boundary for every /api route: a guest's cookie opens that session's routes and nothing
 * else), with its routes under `prefix`.
 */
export async function workshopsPlugin(app: FastifyInstance, options: WorkshopsPluginOptions): Promise<void> {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.account || !request.cookies[WORKSHOP_GUEST_COOKIE]) return;
    if (!isGuestPath(request.url)) throw new AppError(ErrorCode.forbidden, 'A guest of a workshop may only take part in that session');
  });
  await app.register((scope) => workshopRoutes(scope, options), { prefix: options.prefix });
}
// Without encapsulation (what fastify-plugin does): the guest boundary hook applies to the whole app.
(workshopsPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

async function workshopRoutes(app: FastifyInstance, options: WorkshopsPluginOptions): Promise<void> {
  const store = options.store;
  const events = new WorkshopEvents(options.relay);
  app.addHook('onClose', () => events.close());
  const sessions = new WorkshopService(store, options.versions, events, options.clock, options.stakeholders, options.revokeGuest);
  const board = new WorkshopBoard(sessions, options.registry, options.planStates);
  const limiter = new JoinRateLimiter(DEFAULT_JOIN_LIMIT, options.attempts, options.clock);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const cities = cityGate(options.cities);
  const gate = workshopGate(sessions);
  const participant = gate.check('participant');
  const runner = gate.check('runner');
  /** The session as the caller sees it after a console step. */
  const fresh = async (request: FastifyRequest, caller: WorkshopCaller): Promise<Workshop> =>
    sessions.view(await sessions.get(gate.grantOf(request).workshop.id), caller);

  routes.post(
    '/cities/:slug/workshops',
    { ...cities.check('workshop.run'), schema: { params: cityParamsSchema, body: createWorkshopSchema, response: { 201: workshopSchema } } },
    async (request, reply) => {
      const { principal } = cities.grantOf(request);
      const workshop = await sessions.create(request.params.slug, principal.id, request.body);
      void reply.status(201);
      return sessions.view(workshop, { kind: 'member', principal, user: { id: principal.id, name: request.account!.user.name }, canRun: true });
    },
  );

  routes.get(
    '/cities/:slug/workshops',
    { ...cities.check('city.read'), schema: { params: cityParamsSchema, response: { 200: workshopListSchema } } },
    async (request) => ({ workshops: await sessions.list(request.params.slug) }),
  );

  routes.post('/workshops/join', { schema: { body: joinWorkshopSchema, response: { 200: joinWorkshopResultSchema } } }, async (request, reply) => {
    const retryAfter = await limiter.begin(request.ip);
    if (retryAfter !== null) {
      void reply.header('retry-after', String(retryAfter));
      throw new AppError(ErrorCode.rateLimited, 'Too many attempts to join; try again later');
    }
    const account = request.account;
    const joined = await sessions.join(
      request.body.code,
      account ? { userId: account.user.id, name: account.user.name, mayJoin: (slug) => can(account.principal, 'city.read', slug) } : null,
      request.body.name,
    );
    await limiter.succeeded(request.ip);
    if (joined.guestToken) {
      void reply.setCookie(WORKSHOP_GUEST_COOKIE, joined.guestToken, {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.cookie.secure,
        path: '/',
        expires: new Date(options.clock() + GUEST_PASS_MS),
      });
    }
    return { workshopId: joined.workshop.id, participant: participantView(joined.participant) };
  });

  const session = { params: workshopParamsSchema, response: { 200: workshopSchema } };

  routes.get('/workshops/:id', { ...participant, schema: session }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    return sessions.view(workshop, caller);
  });

  routes.patch('/workshops/:id', { ...runner, schema: { ...session, body: updateWorkshopSchema } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    await sessions.invite(workshop, caller, request.body.invitedStakeholderIds);
    return fresh(request, caller);
  });

  routes.post('/workshops/:id/start', { ...runner, schema: session }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    await sessions.start(workshop, caller);
    return fresh(request, caller);
  });

  routes.post('/workshops/:id/follow', { ...runner, schema: { ...session, body: followWorkshopSchema } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    await sessions.follow(workshop, caller, request.body.on);
    return fresh(request, caller);
  });

  routes.post('/workshops/:id/advance', { ...runner, schema: { ...session, body: advanceWorkshopSchema } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    await sessions.advance(workshop, caller, request.body.to);
    return fresh(request, caller);
  });

  routes.post('/workshops/:id/timer', { ...runner, schema: { ...session, body: workshopTimerRequestSchema } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    await sessions.timer(workshop, caller, request.body);
    return fresh(request, caller);
  });

  routes.post('/workshops/:id/end', { ...runner, schema: session }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    await sessions.end(workshop, caller);
    return fresh(request, caller);
  });

  routes.get('/workshops/:id/attendance', { ...runner, schema: { params: workshopParamsSchema, response: { 200: attendanceSchema } } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    return { attendance: (await sessions.attendance(workshop, caller)).map(attendeeView) };
  });

  routes.post(
    '/workshops/:id/attendance',
    { ...runner, schema: { params: workshopParamsSchema, body: addAttendeeSchema, response: { 201: attendeeSchema } } },
    async (request, reply) => {
      const { workshop, caller } = gate.grantOf(request);
      const added = await sessions.addAttendee(workshop, caller, request.body.name, request.body.stakeholderId);
      void reply.status(201);
      return attendeeView(added);
    },
  );

  routes.delete(
    '/workshops/:id/attendance/:participantId',
    { ...runner, schema: { params: participantParamsSchema } },
    async (request, reply) => {
      const { workshop, caller } = gate.grantOf(request);
      await sessions.removeAttendee(workshop, caller, request.params.participantId);
      return reply.status(204).send();
    },
  );

  routes.post(
    '/workshops/:id/ideas',
    { ...participant, schema: { params: workshopParamsSchema, body: createIdeaSchema, response: { 201: ideaSchema } } },
    async (request, reply) => {
      const { workshop, caller } = gate.grantOf(request);
      const idea = await board.postIdea(workshop, caller, request.body.text, request.body.anonymous ?? false);
      void reply.status(201);
      return idea;
    },
  );

  routes.get('/workshops/:id/ideas', { ...participant, schema: { params: workshopParamsSchema, response: { 200: ideaListSchema } } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    return { ideas: await board.ideas(workshop, caller) };
  });

  routes.post(
    '/workshops/:id/ideas/group',
    { ...runner, schema: { params: workshopParamsSchema, body: groupIdeasSchema, response: { 200: ideaListSchema } } },
    async (request) => {
      const { workshop, caller } = gate.grantOf(request);
      return { ideas: await board.group(workshop, caller, request.body.ideaIds, request.body.group) };
    },
  );

  routes.get('/workshops/:id/actions', { ...runner, schema: { params: workshopParamsSchema, response: { 200: planActionListSchema } } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    return { actions: await board.planActions(workshop, caller) };
  });

  routes.post(
    '/workshops/:id/ideas/:ideaId/promote',
    { ...runner, schema: { params: ideaParamsSchema, response: { 201: promoteIdeaResultSchema } } },
    async (request, reply) => {
      const { workshop, caller } = gate.grantOf(request);
      const actionId = await board.promote(workshop, caller, request.params.ideaId);
      void reply.status(201);
      return { actionId };
    },
  );

  routes.post(
    '/workshops/:id/polls',
    { ...runner, schema: { params: workshopParamsSchema, body: createPollSchema, response: { 201: pollSchema } } },
    async (request, reply) => {
      const { workshop, caller } = gate.grantOf(request);
      const poll = await board.createPoll(workshop, caller, request.body);
      void reply.status(201);
      return poll;
    },
  );

  routes.get('/workshops/:id/polls', { ...participant, schema: { params: workshopParamsSchema, response: { 200: pollListSchema } } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    return { polls: await board.polls(workshop, caller) };
  });

  routes.post(
    '/workshops/:id/polls/:pollId/votes',
    { ...participant, schema: { params: pollParamsSchema, body: castVoteSchema, response: { 201: pollSchema } } },
    async (request, reply) => {
      const { workshop, caller } = gate.grantOf(request);
      const poll = await board.vote(workshop, caller, request.params.pollId, request.body.optionId);
      void reply.status(201);
      return poll;
    },
  );

  routes.post('/workshops/:id/polls/:pollId/close', { ...runner, schema: { params: pollParamsSchema, response: { 200: pollResultsSchema } } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    await board.closePoll(workshop, caller, request.params.pollId);
    return board.results(workshop, caller, request.params.pollId);
  });

  routes.get('/workshops/:id/polls/:pollId/results', { ...participant, schema: { params: pollParamsSchema, response: { 200: pollResultsSchema } } }, async (request) => {
    const { workshop, caller } = gate.grantOf(request);
    return board.results(workshop, caller, request.params.pollId);
  });

  routes.post(
    '/workshops/:id/decisions',
    { ...runner, schema: { params: workshopParamsSchema, body: createDecisionSchema, response: { 201: decisionSchema } } },
    async (request, reply) => {
      const { workshop, caller } = gate.grantOf(request);
      const decision = await board.decide(workshop, caller, request.body.text, request.body.actionIds ?? []);
      void reply.status(201);
      return decision;
    },
  );

  routes.get('/workshops/:id/decisions', { ...participant, schema: { params: workshopParamsSchema, response: { 200: decisionListSchema } } }, async (request) => {
    const { workshop } = gate.grantOf(request);
    return { decisions: await board.decisions(workshop) };
  });

  // No response schema: besides JSON it sends HTML, DOCX and PDF files.
  routes.get('/workshops/:id/minutes', { ...participant, schema: { params: workshopParamsSchema, querystring: minutesQuerySchema } }, async (request, reply) => {
    const { workshop, caller } = gate.grantOf(request);
    if (caller.kind === 'guest') throw new AppError(ErrorCode.forbidden, 'The minutes are for the members of the city');
    const { format, lang } = request.query;
    const minutes = await buildMinutes(workshop, caller, sessions, board, options.versions, options.stakeholders);
    if (format === 'json') return minutes;
    // The fixed texts in the reader's language, by the exports' rule (i18n/readerLanguage.ts).
    const city = await options.cities.find(workshop.citySlug);
    const language = readerLanguage({ asked: lang, account: request.account?.user.locale, city: city?.language });
    void reply.header('content-disposition', attachmentDisposition(`${workshop.title} ${workshop.startsAt.slice(0, 10)}`, format));
    if (format === 'html') return reply.type('text/html; charset=utf-8').send(renderMinutesHtml(minutes, language));
    if (format === 'docx') return reply.type(DOCX_TYPE).send(await renderMinutesDocx(minutes, language));
    return reply.type('application/pdf').send(await renderMinutesPdf(minutes, language));
  });

  registerWorkshopEvents(app, events, gate, participant, store, { refreshAccount: options.refreshAccount, everyMs: options.streamRecheckMs });
}

function participantView(participant: ParticipantRecord): WorkshopParticipant {
  return { id: participant.id, name: participant.name, guest: participant.guest };
}

function attendeeView(participant: ParticipantRecord): WorkshopParticipant & { stakeholderId: string | null } {
  return { ...participantView(participant), stakeholderId: participant.stakeholderId };
}
