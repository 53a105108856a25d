import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addAttendeeSchema,
  advanceWorkshopSchema,
  castVoteSchema,
  createDecisionSchema,
  createIdeaSchema,
  createPollSchema,
  createWorkshopSchema,
  ErrorCode,
  joinWorkshopSchema,
  minutesQuerySchema,
  WORKSHOP_GUEST_COOKIE,
  workshopTimerRequestSchema,
  type Attendance,
  type Decision,
  type Idea,
  type JoinWorkshopResult,
  type Minutes,
  type Poll,
  type PollResults,
  type Workshop,
  type WorkshopList,
  type WorkshopParticipant,
} from '@iap/shared';
import { can } from '../access/policy.js';
import { authorizeInCity, type CityLookup, type GatedCity } from '../access/authorizeInCity.js';
import type { AttemptStore } from '../auth/attempts/AttemptStore.js';
import type { Clock } from '../clock.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import { AppError } from '../errors.js';
import type { PlanStateService } from '../planStates/PlanStateService.js';
import type { VersionService } from '../versions/VersionService.js';
import { assertRuns, callerOf, guestTokenOf, isGuestPath, type WorkshopCaller } from './callers.js';
import { DEFAULT_JOIN_LIMIT, JoinRateLimiter } from './JoinRateLimiter.js';
import { buildMinutes } from './minutes.js';
import { renderMinutesHtml } from './minutesHtml.js';
import { renderMinutesDocx, renderMinutesPdf } from './minutesFiles.js';
import { attachmentDisposition } from '../export/contentDisposition.js';
import { SqliteWorkshopStore } from './SqliteWorkshopStore.js';
import { WorkshopBoard } from './WorkshopBoard.js';
import { WorkshopEvents } from './WorkshopEvents.js';
import { registerWorkshopEvents } from './eventStream.js';
import { WorkshopService } from './WorkshopService.js';
import type { Db } from '../db/openDatabase.js';
import type { ParticipantRecord, WorkshopRecord, WorkshopStore } from './WorkshopStore.js';

export interface WorkshopsPluginOptions {
  /** Mounted under this prefix (/api); the guest boundary applies to the whole app. */
  prefix: string;
  db: Db;
  /** The PostgreSQL store can replace the SQLite one here. */
  store?: WorkshopStore;
  cities: CityLookup<GatedCity>;
  attempts: AttemptStore;
  versions: VersionService;
  planStates: PlanStateService;
  registry: DocumentRegistry;
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
  const store = options.store ?? new SqliteWorkshopStore(options.db);
  const events = new WorkshopEvents();
  const sessions = new WorkshopService(store, options.versions, events, options.clock);
  const board = new WorkshopBoard(sessions, options.registry, options.planStates);
  const limiter = new JoinRateLimiter(DEFAULT_JOIN_LIMIT, options.attempts, options.clock);

  /** The session of the route and who is calling it; every route under /workshops/:id starts here. */
  const load = async (request: FastifyRequest<{ Params: { id: string } }>): Promise<{ workshop: WorkshopRecord; caller: WorkshopCaller }> => {
    const workshop = await sessions.get(request.params.id);
    const token = request.account ? null : guestTokenOf(request);
    const guest = token ? await store.participantByToken(token) : null;
    return { workshop, caller: callerOf(request, workshop, guest) };
  };
  const fresh = async (request: FastifyRequest<{ Params: { id: string } }>, caller: WorkshopCaller): Promise<Workshop> =>
    sessions.view(await sessions.get(request.params.id), caller);

  app.post<{ Params: { slug: string } }>('/cities/:slug/workshops', async (request, reply): Promise<Workshop> => {
    const { principal } = authorizeInCity(request, options.cities, request.params.slug, 'workshop.run');
    const input = createWorkshopSchema.parse(request.body);
    const workshop = await sessions.create(request.params.slug, principal.id, input);
    void reply.status(201);
    return sessions.view(workshop, { kind: 'member', principal, user: { id: principal.id, name: request.account!.user.name }, canRun: true });
  });

  app.get<{ Params: { slug: string } }>('/cities/:slug/workshops', async (request): Promise<WorkshopList> => {
    authorizeInCity(request, options.cities, request.params.slug, 'city.read');
    return { workshops: await sessions.list(request.params.slug) };
  });

  app.post('/workshops/join', async (request, reply): Promise<JoinWorkshopResult> => {
    const body = joinWorkshopSchema.parse(request.body);
    const retryAfter = await limiter.begin(request.ip);
    if (retryAfter !== null) {
      void reply.header('retry-after', String(retryAfter));
      throw new AppError(ErrorCode.rateLimited, 'Too many attempts to join; try again later');
    }
    const account = request.account;
    const joined = await sessions.join(
      body.code,
      account ? { userId: account.user.id, name: account.user.name, mayJoin: (slug) => can(account.principal, 'city.read', slug) } : null,
      body.name,
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

  app.get<{ Params: { id: string } }>('/workshops/:id', async (request): Promise<Workshop> => {
    const { workshop, caller } = await load(request);
    return sessions.view(workshop, caller);
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/start', async (request): Promise<Workshop> => {
    const { workshop, caller } = await load(request);
    await sessions.start(workshop, caller);
    return fresh(request, caller);
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/advance', async (request): Promise<Workshop> => {
    const { workshop, caller } = await load(request);
    assertRuns(caller);
    const { to } = advanceWorkshopSchema.parse(request.body ?? {});
    await sessions.advance(workshop, caller, to);
    return fresh(request, caller);
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/timer', async (request): Promise<Workshop> => {
    const { workshop, caller } = await load(request);
    assertRuns(caller);
    await sessions.timer(workshop, caller, workshopTimerRequestSchema.parse(request.body));
    return fresh(request, caller);
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/end', async (request): Promise<Workshop> => {
    const { workshop, caller } = await load(request);
    await sessions.end(workshop, caller);
    return fresh(request, caller);
  });

  app.get<{ Params: { id: string } }>('/workshops/:id/attendance', async (request): Promise<Attendance> => {
    const { workshop, caller } = await load(request);
    return { attendance: (await sessions.attendance(workshop, caller)).map(participantView) };
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/attendance', async (request, reply): Promise<WorkshopParticipant> => {
    const { workshop, caller } = await load(request);
    assertRuns(caller);
    const { name } = addAttendeeSchema.parse(request.body);
    const participant = await sessions.addAttendee(workshop, caller, name);
    void reply.status(201);
    return participantView(participant);
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/ideas', async (request, reply): Promise<Idea> => {
    const { workshop, caller } = await load(request);
    const { text, anonymous } = createIdeaSchema.parse(request.body);
    const idea = await board.postIdea(workshop, caller, text, anonymous ?? false);
    void reply.status(201);
    return idea;
  });

  app.get<{ Params: { id: string } }>('/workshops/:id/ideas', async (request): Promise<{ ideas: Idea[] }> => {
    const { workshop, caller } = await load(request);
    return { ideas: await board.ideas(workshop, caller) };
  });

  app.post<{ Params: { id: string; ideaId: string } }>('/workshops/:id/ideas/:ideaId/promote', async (request, reply): Promise<{ actionId: string }> => {
    const { workshop, caller } = await load(request);
    const actionId = await board.promote(workshop, caller, request.params.ideaId);
    void reply.status(201);
    return { actionId };
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/polls', async (request, reply): Promise<Poll> => {
    const { workshop, caller } = await load(request);
    // Who may ask comes before what is asked: a participant learns nothing from a 400.
    assertRuns(caller);
    const poll = await board.createPoll(workshop, caller, createPollSchema.parse(request.body));
    void reply.status(201);
    return poll;
  });

  app.get<{ Params: { id: string } }>('/workshops/:id/polls', async (request): Promise<{ polls: Poll[] }> => {
    const { workshop, caller } = await load(request);
    return { polls: await board.polls(workshop, caller) };
  });

  app.post<{ Params: { id: string; pollId: string } }>('/workshops/:id/polls/:pollId/votes', async (request, reply): Promise<Poll> => {
    const { workshop, caller } = await load(request);
    const { optionId } = castVoteSchema.parse(request.body);
    const poll = await board.vote(workshop, caller, request.params.pollId, optionId);
    void reply.status(201);
    return poll;
  });

  app.post<{ Params: { id: string; pollId: string } }>('/workshops/:id/polls/:pollId/close', async (request): Promise<PollResults> => {
    const { workshop, caller } = await load(request);
    await board.closePoll(workshop, caller, request.params.pollId);
    return board.results(workshop, caller, request.params.pollId);
  });

  app.get<{ Params: { id: string; pollId: string } }>('/workshops/:id/polls/:pollId/results', async (request): Promise<PollResults> => {
    const { workshop, caller } = await load(request);
    return board.results(workshop, caller, request.params.pollId);
  });

  app.post<{ Params: { id: string } }>('/workshops/:id/decisions', async (request, reply): Promise<Decision> => {
    const { workshop, caller } = await load(request);
    assertRuns(caller);
    const { text, actionIds } = createDecisionSchema.parse(request.body);
    const decision = await board.decide(workshop, caller, text, actionIds ?? []);
    void reply.status(201);
    return decision;
  });

  app.get<{ Params: { id: string } }>('/workshops/:id/decisions', async (request): Promise<{ decisions: Decision[] }> => {
    const { workshop } = await load(request);
    return { decisions: await board.decisions(workshop) };
  });

  app.get<{ Params: { id: string }; Querystring: unknown }>('/workshops/:id/minutes', async (request, reply): Promise<Minutes | FastifyReply> => {
    const { workshop, caller } = await load(request);
    if (caller.kind === 'guest') throw new AppError(ErrorCode.forbidden, 'The minutes are for the members of the city');
    const { format } = minutesQuerySchema.parse(request.query ?? {});
    const minutes = await buildMinutes(workshop, caller, store, board, options.versions);
    if (format === 'json') return minutes;
    void reply.header('content-disposition', attachmentDisposition(`${workshop.title} ${workshop.startsAt.slice(0, 10)}`, format));
    if (format === 'html') return reply.type('text/html; charset=utf-8').send(renderMinutesHtml(minutes));
    if (format === 'docx') return reply.type(DOCX_TYPE).send(await renderMinutesDocx(minutes));
    return reply.type('application/pdf').send(await renderMinutesPdf(minutes));
  });

  registerWorkshopEvents(app, events, load);
}

function participantView(participant: ParticipantRecord): WorkshopParticipant {
  return { id: participant.id, name: participant.name, guest: participant.guest };
}
