import pg from 'pg';
import type { DocumentFanout } from './collab/fanout.js';
import { RedisFanout } from './fanout/RedisFanout.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Storage } from './storage/Storage.js';
import { guardCheckedOutClients } from './storage/postgres/guardCheckedOutClients.js';
import { migratePostgres } from './storage/postgres/migratePostgres.js';
import { openPostgresStorage } from './storage/postgres/openPostgresStorage.js';
import { openSqliteStorage } from './storage/sqlite/openSqliteStorage.js';

export type ScaleOutConfig = Pick<Config, 'databaseUrl' | 'redisUrl' | 'dataDir' | 'sqliteSynchronous'>;

/**
 * Longest wait for a PostgreSQL connection, new or freed by another query: a database whose
 * connections hang fails the call instead of holding it (and the pool's slots) for ever.
 */
export const POSTGRES_CONNECT_TIMEOUT_MS = 10_000;

/** What the server stores and, with several instances, how they tell each other of changes. */
export interface ScaleOut {
  /** Everything the server stores (buildApp's `storage`, which the app closes). */
  storage: Storage;
  fanout?: DocumentFanout;
  close: () => Promise<void>;
}

/**
 * The storage a server with this configuration uses, migrated: PostgreSQL when DATABASE_URL is
 * set, else SQLite in DATA_DIR. The one place the engine is chosen: the server (openScaleOut)
 * and the operator commands of cli.ts open it here, so they always work on the same database.
 * PostgreSQL is migrated once however many instances start at once (an advisory lock).
 */
export async function openStorage(config: Omit<ScaleOutConfig, 'redisUrl'>, log: RedisLog, clock: Clock): Promise<Storage> {
  if (!config.databaseUrl) return openSqliteStorage({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous, clock });
  // Commits of different documents run side by side (each document's are serialised by its lock).
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 20, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS });
  // A PostgreSQL that goes away later is reported per query (clients keep their changes and resend).
  pool.on('error', (error) => log.warn({ err: error.message }, 'postgresql connection lost'));
  guardCheckedOutClients(pool);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw new Error(`DATABASE_URL does not answer or cannot be migrated: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // The caller owns the storage from here: closing it ends the pool.
  return openPostgresStorage({ pool, clock });
}

/**
 * Connects to the storage and the shared engines before the app is built. Redis that does not
 * answer at start is a clear error, not an instance that silently serves alone.
 */
export async function openScaleOut(config: ScaleOutConfig, log: RedisLog, clock: Clock): Promise<ScaleOut> {
  const closers: (() => Promise<void>)[] = [];
  const storage = await openStorage(config, log, clock);
  const scaleOut: ScaleOut = { storage, close: async () => void (await Promise.all(closers.map((close) => close()))) };
  if (config.redisUrl) {
    try {
      const fanout = await RedisFanout.connect({ url: config.redisUrl, log });
      scaleOut.fanout = fanout;
      closers.push(() => fanout.close());
    } catch (error) {
      await storage.close();
      throw error;
    }
  }
  return scaleOut;
}

type RedisLog = { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };

/** The log of the entry points before the app (and its logger) exists: warnings to stderr. */
export const startupLog: RedisLog = { warn: (obj, msg) => console.warn(msg, obj), info: () => undefined };
