import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { COLLAB_PATH } from '@iap/shared';
import type { Db } from './db/openDatabase.js';
import type { DocumentStore } from './storage/DocumentStore.js';
import type { Storage } from './storage/Storage.js';
import { openSqliteStorage } from './storage/sqlite/openSqliteStorage.js';
import { DocumentRegistry } from './collab/DocumentRegistry.js';
import { CollabService } from './collab/CollabService.js';
import { collabPlugin } from './collab/plugin.js';
import { DEFAULT_SILENCE_POLICY, type SilencePolicy } from './collab/keepAlive.js';
import type { CollabAccess } from './collab/access.js';
import type { CompactionPolicy } from './collab/CollabDocument.js';
import { singleInstance, type DocumentFanout } from './collab/fanout.js';
import { healthPlugin } from './health/plugin.js';
import { documentKindOf, documentModelOf, initialContentOf } from './documents/documentKinds.js';
import { iapPlugin } from './iap/plugin.js';
import { DEFAULT_VERSION_POLICY, VersionService, type VersionPolicy } from './versions/VersionService.js';
import { versionsPlugin } from './versions/plugin.js';
import { lockFinalPlans } from './planStates/lockFinalPlans.js';
import { PlanStateService } from './planStates/PlanStateService.js';
import { planStatesPlugin } from './planStates/plugin.js';
import { admitWorkshopGuests, guestSessionKey } from './workshops/guestPlanAccess.js';
import { workshopsPlugin } from './workshops/plugin.js';
import { dashboardPlugin } from './dashboard/plugin.js';
import { PlanFiguresCache } from './dashboard/PlanFiguresCache.js';
import { commentsPlugin } from './comments/plugin.js';
import { exportPlugin } from './export/plugin.js';
import { planStampFrom } from './export/planStamp.js';
import { NotificationListeners } from './notifications/NotificationListeners.js';
import { NotificationService } from './notifications/NotificationService.js';
import { notificationsPlugin } from './notifications/plugin.js';
import { registerWebClient, CLIENT_DIST_DIR } from './web/plugin.js';
import { frameworkErrorOptions, registerErrorHandler } from './errors.js';
import { useEnglishZodMessages } from './zodMessages.js';
import { registerSecurityHeaders } from './web/securityHeaders.js';
import fastifyCookie from '@fastify/cookie';
import { systemClock, type Clock } from './clock.js';
import { auditPlugin } from './audit/plugin.js';
import { startAccountSweep } from './auth/accountSweep.js';
import { accountRefresher, installAuthentication } from './auth/authentication.js';
import { SessionCollabAccess } from './auth/collabAccess.js';
import { DEFAULT_INVITE_ACCEPT_LIMIT, InviteRateLimiter, type InviteAcceptLimit } from './auth/InviteRateLimiter.js';
import { DEFAULT_LOGIN_RATE_LIMIT, LoginRateLimiter, type LoginRateLimit } from './auth/LoginRateLimiter.js';
import { authPlugin } from './auth/plugin.js';
import { PrincipalDirectory } from './auth/PrincipalDirectory.js';
import { DEFAULT_SESSION_POLICY, SessionService, type SessionEndReason, type SessionPolicy } from './auth/SessionService.js';
import { citiesPlugin } from './cities/plugin.js';
import { invitesPlugin } from './members/invitesPlugin.js';
import { MemberCommands } from './members/MemberCommands.js';
import { membersPlugin } from './members/membersPlugin.js';
import { seedNetwork } from './seed/seedNetwork.js';
import { stakeholdersPlugin } from './stakeholders/plugin.js';
import { listedStakeholderIds } from './stakeholders/stakeholderView.js';

/** The close reason a socket of an ended session reads (code 4401). */
const SESSION_END_REASONS: Record<SessionEndReason, string> = {
  signed_out: 'signed out',
  replaced: 'signed in again',
  expired: 'session expired',
  account_removed: 'account removed',
};

export interface BuildAppOptions {
  /**
   * Everything the app stores (storage/Storage.ts). Default: SQLite in `dataDir`. The app owns
   * it either way: closing the app closes it.
   */
  storage?: Storage;
  /** Folder of the SQLite file, or ':memory:' (the default storage only). */
  dataDir: string;
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /** Largest WebSocket frame accepted; larger ones close the socket with 1009. */
  maxFrameBytes?: number;
  /** Client updates that would take a document past this encoded size are refused (MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
  unloadDelayMs?: number;
  /**
   * With a cross-instance fan-out: how often an open document reads what other instances
   * committed without a message telling it (default 10 s); tests shorten it.
   */
  resyncIntervalMs?: number;
  pingIntervalMs?: number;
  /** When a silent connection that sends heartbeats is dropped (DEFAULT_SILENCE_POLICY); tests shorten it. */
  silencePolicy?: Partial<SilencePolicy>;
  compaction?: Partial<CompactionPolicy>;
  /** Folder of the built client to serve, or null to serve none. */
  clientDir?: string | null;
  /**
   * Access decisions for the collab endpoint. Defaults to the session cookie and city roles;
   * pass `openAccess` for the realtime core on its own (anyone reads and writes any document).
   */
  collabAccess?: CollabAccess;
  /** How several server instances share live changes; one process needs none. */
  fanout?: DocumentFanout;
  /**
   * The document store the app uses instead of the storage's own (`stored`): tests wrap it to
   * hold commits at the storage edge, as a slow disk would.
   */
  documents?: (stored: DocumentStore) => DocumentStore;
  /** Time source for sessions, invites and rate limits; tests move it instead of sleeping. */
  clock?: Clock;
  sessionPolicy?: Partial<SessionPolicy>;
  /** When automatic versions are taken; tests shorten the pause. */
  versionPolicy?: Partial<VersionPolicy>;
  /**
   * How often sessions past their limits are ended, closing their open sockets (default one
   * minute); tests shorten it and move the clock.
   */
  sessionSweepIntervalMs?: number;
  /** How often an open event stream (notifications, workshop) checks that its caller may still have it (default 25 s). */
  streamRecheckMs?: number;
  loginRateLimit?: Partial<LoginRateLimit>;
  inviteAcceptLimit?: Partial<InviteAcceptLimit>;
  /** Mark the session cookie Secure; on whenever the app is served over HTTPS. */
  secureCookies?: boolean;
  logLevel?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
    /** The SQLite database of the default storage, for SQLite-only tests; absent with another storage. */
    db: Db;
    documentStore: DocumentStore;
    collab: CollabService;
    /** For server-side writers outside a request (the demo seed). */
    planStates: PlanStateService;
    versions: VersionService;
  }
}

export const VERSION = '0.1.0';

/** 16 times the 1 MB benchmark plan: room for any real IAP, not for a flood. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const DEFAULT_COMPACTION: CompactionPolicy = { maxLogCount: 500, maxLogBytes: 1024 * 1024, delayMs: 2000 };

/**
 * The composition root. Opens the storage unless given one (SQLite in dataDir, applying pending
 * migrations), writes the network and its cities (product data, idempotently), builds each service once, hands
 * them to the capabilities that need them, and registers every capability in one list below.
 * It starts timers that stop when the app closes (the session sweep, documents' unload
 * delays) but listens on no port: main.ts does that.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: 1024 * 1024,
    ...frameworkErrorOptions,
  });
  useEnglishZodMessages();
  // Routes declare body, params, query and response with the shared zod schemas; these compile them.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const clock = options.clock ?? systemClock;
  const cookie = { secure: options.secureCookies ?? false };

  // Storage: every repository, built once by the engine and handed to the capabilities that read it.
  const storage = options.storage ?? openSqliteStorage({ dataDir: options.dataDir, synchronous: options.sqliteSynchronous ?? 'NORMAL', clock });
  const { cities, users, memberships, invites, stakeholders, audit, attempts } = storage;
  const store = options.documents?.(storage.documents) ?? storage.documents;
  await seedNetwork(cities);

  // Accounts: who is signed in, with which roles, and how often they may try.
  const principals = new PrincipalDirectory(users, memberships);
  const sessions = new SessionService(storage.sessions, principals, { ...DEFAULT_SESSION_POLICY, ...options.sessionPolicy }, clock);
  const loginLimiter = new LoginRateLimiter({ ...DEFAULT_LOGIN_RATE_LIMIT, ...options.loginRateLimit }, attempts, clock);
  const inviteLimiter = new InviteRateLimiter({ ...DEFAULT_INVITE_ACCEPT_LIMIT, ...options.inviteAcceptLimit }, attempts, clock);

  // Collaboration: live documents, who may open them, and what else follows a change.
  const fanout = options.fanout ?? singleInstance;
  const registry = new DocumentRegistry({
    store,
    fanout,
    compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
    unloadDelayMs: options.unloadDelayMs ?? 30_000,
    ...(options.resyncIntervalMs ? { resyncIntervalMs: options.resyncIntervalMs } : {}),
    initialContent: initialContentOf,
    documentModel: documentModelOf,
    maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    log: app.log,
    // Bound below, once the version service and the dashboard's figures exist (they need the registry).
    onCommitted: (document) => {
      versions.scheduleAuto(document);
      planFigures.noteCommitted(document);
    },
  });
  // A workshop's guests read the plan of their session's city while it runs, and write nothing.
  const access = lockFinalPlans(
    admitWorkshopGuests(options.collabAccess ?? new SessionCollabAccess(sessions, principals, cities), storage.workshops),
    storage.planStates,
  );
  const collab = new CollabService(registry, access, fanout);
  // However a session ends (sign-out, new sign-in, invite, expiry, account removed), its sockets close.
  sessions.onEnded((ended) => collab.endSession(ended.tokenHash, SESSION_END_REASONS[ended.reason]));
  const versions = new VersionService(
    storage.versions,
    registry,
    clock,
    { ...DEFAULT_VERSION_POLICY, ...options.versionPolicy },
    app.log,
    (name) => documentKindOf(name) !== null,
  );
  const planStates = new PlanStateService(storage.planStates, versions, collab, clock);
  const planFigures = new PlanFiguresCache(registry, store, storage.planFigures, app.log);
  const memberCommands = new MemberCommands({ clock, memberships, invites, collab });
  const notifications = new NotificationService(storage.notifications, principals, new NotificationListeners(fanout), cities);

  app.decorate('storage', storage);
  if ('db' in storage) app.decorate('db', (storage as { db: Db }).db);
  app.decorate('documentStore', store);
  app.decorate('collab', collab);
  app.decorate('planStates', planStates);
  app.decorate('versions', versions);

  // First, so that every route below, the web client and the 404 answer carry the headers.
  await registerSecurityHeaders(app, { secure: options.secureCookies ?? false });
  const clientDir = options.clientDir === undefined ? CLIENT_DIST_DIR : options.clientDir;
  const spaIndex = clientDir ? await registerWebClient(app, clientDir) : null;
  registerErrorHandler(app, spaIndex);
  // Before any route: every /api request arrives with its session resolved (request.account).
  await app.register(fastifyCookie);
  installAuthentication(app, sessions);

  // Every capability, with what it needs (docs/ARCHITECTURE.md; routes in docs/API.md).
  await app.register(authPlugin, { prefix: '/api', users, sessions, principals, limiter: loginLimiter, cookie });
  await app.register(citiesPlugin, { prefix: '/api/cities', cities });
  await app.register(membersPlugin, { prefix: '/api/cities', cities, memberships, commands: memberCommands });
  await app.register(stakeholdersPlugin, { prefix: '/api/cities', clock, cities, stakeholders, memberships });
  const listedStakeholders = (citySlug: string): Promise<ReadonlySet<string>> => listedStakeholderIds(stakeholders, citySlug);
  await app.register(auditPlugin, { prefix: '/api/cities', cities, audit, listedStakeholders });
  await app.register(invitesPlugin, {
    prefix: '/api',
    clock,
    cities,
    invites,
    commands: memberCommands,
    sessions,
    principals,
    cookie,
    limiter: inviteLimiter,
  });
  startAccountSweep(app, { sessions, loginLimiter, inviteLimiter, intervalMs: options.sessionSweepIntervalMs ?? 60_000 });
  await app.register(iapPlugin, { prefix: '/api', cities });
  await app.register(commentsPlugin, { prefix: '/api', clock, comments: storage.comments, cities, memberships, notifications });
  // Event streams stay open for hours: each asks every `streamRecheckMs` whether its caller may still have it.
  const streamRecheck = { refreshAccount: accountRefresher(sessions), streamRecheckMs: options.streamRecheckMs };
  await app.register(notificationsPlugin, { prefix: '/api', service: notifications, clock, ...streamRecheck });
  await app.register(exportPlugin, {
    prefix: '/api',
    clock,
    cities,
    stakeholders,
    registry,
    jobStore: storage.exportJobs,
    planStamp: planStampFrom({ planStates, versions }),
  });
  await app.register(versionsPlugin, { prefix: '/api', versions, assertWritable: (name) => planStates.assertWritable(name), cities });
  await app.register(planStatesPlugin, { prefix: '/api', planStates, cities });
  await app.register(workshopsPlugin, {
    prefix: '/api',
    store: storage.workshops,
    cities,
    attempts,
    versions,
    planStates,
    registry,
    stakeholders,
    revokeGuest: (participantId) => collab.endSession(guestSessionKey(participantId), 'your guest pass for this workshop has ended'),
    relay: fanout,
    clock,
    cookie,
    ...streamRecheck,
  });
  await app.register(dashboardPlugin, { prefix: '/api', cities, registry, figures: planFigures, planStates, versions, stakeholders, memberships });
  await app.register(fastifyWebsocket, {
    options: { maxPayload: options.maxFrameBytes ?? 4 * 1024 * 1024 },
    // A client breaking the WebSocket protocol (an oversized frame, say) is the client's fault:
    // ws has already closed it with a code, so note it without an error-level log.
    errorHandler: (error, socket, request) => {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('WS_ERR_')) {
        request.log.warn({ code }, `websocket closed: ${error.message}`);
        return;
      }
      request.log.error({ err: error }, 'websocket error');
      socket.terminate();
    },
  });
  await app.register(collabPlugin, {
    prefix: COLLAB_PATH,
    service: collab,
    access,
    pingIntervalMs: options.pingIntervalMs ?? 30_000,
    silence: { ...DEFAULT_SILENCE_POLICY, ...options.silencePolicy },
  });
  await app.register(healthPlugin, {
    prefix: '/api',
    collab,
    version: VERSION,
    probe: () => storage.probe(),
    engine: storage.engine,
    ...(fanout.reachable ? { reachable: fanout.reachable.bind(fanout) } : {}),
  });

  // Flush before the sockets go: every update in flight is committed, then clients are told to reconnect.
  app.addHook('preClose', async () => {
    versions.stop();
    planFigures.stop();
    collab.close();
    notifications.listeners.close();
    await registry.shutdown();
  });
  app.addHook('onClose', async () => {
    if (store !== storage.documents) await store.close();
    await storage.close();
  });
  return app;
}
