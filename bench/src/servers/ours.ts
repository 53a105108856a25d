import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildApp } from '@iap/server';
import { createAdmin } from '@iap/server/auth/createAdmin';
import { systemClock } from '@iap/server/clock';
import { openAccess } from '@iap/server/collab/access';
import type { DocumentStore } from '@iap/server/storage/DocumentStore';
import { RedisFanout } from '@iap/server/fanout/RedisFanout';
import { openScaleOut, startupLog, type ScaleOut } from '@iap/server/scaleOut';
import type { ServerConfig } from './childProtocol.js';
import { runServerChild } from './childRuntime.js';

/** The store with its commits removed: loads and compaction as usual, appends forgotten. */
function withoutCommits(store: DocumentStore): DocumentStore {
  return {
    load: (name) => store.load(name),
    seed: (name, initial) => store.seed(name, initial),
    loadSince: (name, afterSeq) => store.loadSince(name, afterSeq),
    appendUpdates: () => Promise.resolve({ seq: 0, previousSeq: 0 }),
    compact: (name, merge) => store.compact(name, merge),
    close: () => store.close(),
  };
}

/** Larger than any log a benchmark writes: compaction never triggers. */
const NEVER = Number.MAX_SAFE_INTEGER;

/**
 * One instance of several, as server/src/main.ts builds it from DATABASE_URL and REDIS_URL
 * (openScaleOut), except that the Redis channels carry the bench group's own prefix.
 */
async function scaleOutOf(config: ServerConfig): Promise<ScaleOut> {
  const scaleOut = await openScaleOut(
    { databaseUrl: config.databaseUrl ?? null, redisUrl: null, dataDir: config.dataDir, sqliteSynchronous: config.sqliteSynchronous ?? 'NORMAL' },
    startupLog,
    systemClock,
  );
  if (!config.redisUrl) return scaleOut;
  const fanout = await RedisFanout.connect({ url: config.redisUrl, prefix: config.redisPrefix ?? 'iap', log: startupLog });
  return {
    ...scaleOut,
    fanout,
    close: async () => {
      await fanout.close();
      await scaleOut.close();
    },
  };
}

/** Commits and catch-up reads of a shared store, printed when the instance stops (bench/README.md, issue 16). */
function counted(store: DocumentStore, counts: { commits: number; catchUps: number }): DocumentStore {
  return {
    load: (name) => store.load(name),
    seed: (name, initial) => store.seed(name, initial),
    loadSince: (name, afterSeq) => {
      counts.catchUps += 1;
      return store.loadSince(name, afterSeq);
    },
    appendUpdates: (name, updates) => {
      counts.commits += 1;
      return store.appendUpdates(name, updates);
    },
    compact: (name, merge) => store.compact(name, merge),
    close: () => store.close(),
  };
}

// Our server as production runs it (server/src/main.ts), on a loopback port, open to all.
runServerChild(async (config, loads) => {
  const scaleOut = await scaleOutOf(config);
  const counts = { commits: 0, catchUps: 0 };
  const shared = scaleOut.storage.engine === 'postgres';
  const app = await buildApp({
    storage: scaleOut.storage,
    ...(scaleOut.fanout ? { fanout: scaleOut.fanout } : {}),
    dataDir: config.dataDir,
    clientDir: config.clientDir ?? null,
    logLevel: 'warn',
    collabAccess: openAccess,
    sqliteSynchronous: config.sqliteSynchronous ?? 'NORMAL',
    ...(config.neverCompact ? { compaction: { maxLogCount: NEVER, maxLogBytes: NEVER } } : {}),
    // The price of durability, measured in-process: the same server with the SQLite write removed.
    ...(config.skipCommit
      ? { documents: (stored: DocumentStore) => withoutCommits(stored) }
      : shared
        ? { documents: (stored: DocumentStore) => counted(stored, counts) }
        : {}),
  });
  if (config.account) await createAdmin(app.storage.users, systemClock, config.account);
  // Server-side load time: from the first open of a document to its in-memory Y.Doc being ready.
  const registry = app.collab.registry;
  const open = registry.open.bind(registry);
  registry.open = (name) => {
    const started = performance.now();
    const opening = open(name);
    if (!loads.has(name)) {
      loads.set(name, Number.NaN);
      void opening.then(() => loads.set(name, performance.now() - started));
    }
    return opening;
  };
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    port: (app.server.address() as AddressInfo).port,
    stop: async () => {
      if (shared) console.warn(`${counts.commits} commits, ${counts.catchUps} catch-up reads`);
      await app.close();
      await scaleOut.close();
    },
  };
});
