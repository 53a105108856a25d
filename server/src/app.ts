import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import { COLLAB_PATH } from '@iap/shared';
import { openDatabase, type Db } from './db/openDatabase.js';
import { SqliteDocumentStore } from './storage/sqlite/SqliteDocumentStore.js';
import type { DocumentStore } from './storage/DocumentStore.js';
import { DocumentRegistry } from './collab/DocumentRegistry.js';
import { CollabService } from './collab/CollabService.js';
import { collabPlugin } from './collab/plugin.js';
import type { CollabAccess } from './collab/access.js';
import type { CompactionPolicy } from './collab/CollabDocument.js';
import { singleInstance, type DocumentFanout } from './collab/fanout.js';
import { healthPlugin } from './health/plugin.js';
import { iapDocumentModel, iapInitialContent } from './iap/template.js';
import { iapPlugin } from './iap/plugin.js';
import { commentsPlugin } from './comments/plugin.js';
import { exportPlugin } from './export/plugin.js';
import { createNotificationService } from './notifications/createNotificationService.js';
import { notificationsPlugin } from './notifications/plugin.js';
import { registerWebClient, CLIENT_DIST_DIR } from './web/plugin.js';
import { frameworkErrorOptions, registerErrorHandler } from './errors.js';
import { registerSecurityHeaders } from './web/securityHeaders.js';
import { createAccountServices, registerAccountPlugins } from './auth/accounts.js';
import { systemClock, type Clock } from './auth/clock.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/SessionService.js';
import { DEFAULT_LOGIN_RATE_LIMIT, type LoginRateLimit } from './auth/LoginRateLimiter.js';
import { DEFAULT_INVITE_ACCEPT_LIMIT, type InviteAcceptLimit } from './auth/InviteRateLimiter.js';

export interface BuildAppOptions {
  /** Folder of the SQLite file, or ':memory:'. */
  dataDir: string;
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /** Largest WebSocket frame accepted; larger ones close the socket with 1009. */
  maxFrameBytes?: number;
  /** Client updates that would take a document past this encoded size are refused (MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
  unloadDelayMs?: number;
  pingIntervalMs?: number;
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
   * The document store over the app's database; SQLite by default. Tests wrap the default to
   * hold commits at the storage edge, as a slow disk would.
   */
  documentStore?: (db: Db) => DocumentStore;
  /** Time source for sessions, invites and rate limits; tests move it instead of sleeping. */
  clock?: Clock;
  sessionPolicy?: Partial<SessionPolicy>;
  /**
   * How often sessions past their limits are ended, closing their open sockets (default one
   * minute); tests shorten it and move the clock.
   */
  sessionSweepIntervalMs?: number;
  loginRateLimit?: Partial<LoginRateLimit>;
  inviteAcceptLimit?: Partial<InviteAcceptLimit>;
  /** Mark the session cookie Secure; on whenever the app is served over HTTPS. */
  secureCookies?: boolean;
  logLevel?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    documentStore: DocumentStore;
    collab: CollabService;
  }
}

export const VERSION = '0.1.0';

/** 16 times the 1 MB benchmark plan: room for any real IAP, not for a flood. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

const DEFAULT_COMPACTION: CompactionPolicy = { maxLogCount: 500, maxLogBytes: 1024 * 1024, delayMs: 2000 };

/** Builds the app with no side effect beyond opening the database; main.ts makes it listen. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: 1024 * 1024,
    ...frameworkErrorOptions,
  });
  const db = openDatabase({ dataDir: options.dataDir, synchronous: options.sqliteSynchronous ?? 'NORMAL' });
  const store = options.documentStore?.(db) ?? new SqliteDocumentStore(db);
  const fanout = options.fanout ?? singleInstance;
  const registry = new DocumentRegistry({
    store,
    fanout,
    compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
    unloadDelayMs: options.unloadDelayMs ?? 30_000,
    initialContent: iapInitialContent,
    documentModel: iapDocumentModel,
    maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    log: app.log,
  });
  const accounts = createAccountServices(db, {
    clock: options.clock ?? systemClock,
    sessionPolicy: { ...DEFAULT_SESSION_POLICY, ...options.sessionPolicy },
    loginRateLimit: { ...DEFAULT_LOGIN_RATE_LIMIT, ...options.loginRateLimit },
    inviteAcceptLimit: { ...DEFAULT_INVITE_ACCEPT_LIMIT, ...options.inviteAcceptLimit },
    sweepIntervalMs: options.sessionSweepIntervalMs ?? 60_000,
    cookie: { secure: options.secureCookies ?? false },
  });
  const notifications = createNotificationService(db, accounts.principals);
  const access = options.collabAccess ?? accounts.collabAccess;
  const collab = new CollabService(registry, access, fanout);
  app.decorate('db', db);
  app.decorate('documentStore', store);
  app.decorate('collab', collab);

  // First, so that every route below, the web client and the 404 answer carry the headers.
  await registerSecurityHeaders(app, { secure: options.secureCookies ?? false });
  const clientDir = options.clientDir === undefined ? CLIENT_DIST_DIR : options.clientDir;
  const spaIndex = clientDir ? await registerWebClient(app, clientDir) : null;
  registerErrorHandler(app, spaIndex);

  await registerAccountPlugins(app, accounts, collab);
  await app.register(iapPlugin, { prefix: '/api' });
  await app.register(commentsPlugin, { prefix: '/api', clock: accounts.clock, notifications });
  await app.register(notificationsPlugin, { prefix: '/api', service: notifications, clock: accounts.clock });
  await app.register(exportPlugin, { prefix: '/api', clock: accounts.clock });
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
  });
  await app.register(healthPlugin, { prefix: '/api', collab, version: VERSION });

  // Flush before the sockets go: every update in flight is committed, then clients are told to reconnect.
  app.addHook('preClose', async () => {
    collab.close();
    await registry.shutdown();
  });
  app.addHook('onClose', async () => {
    await store.close();
    db.close();
  });
  return app;
}
