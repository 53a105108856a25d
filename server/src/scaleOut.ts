import pg from 'pg';
import type { DocumentFanout } from './collab/fanout.js';
import { RedisFanout } from './fanout/RedisFanout.js';
import type { Clock } from './clock.js';
import type { Storage } from './storage/Storage.js';
import { guardCheckedOutClients } from './storage/postgres/guardCheckedOutClients.js';
import { migratePostgres } from './storage/postgres/migratePostgres.js';
import { openPostgresStorage } from './storage/postgres/openPostgresStorage.js';

export interface ScaleOutConfig {
  databaseUrl: string | null;
  redisUrl: string | null;
}

/** What several instances share, built from DATABASE_URL and REDIS_URL; empty for one instance. */
export interface ScaleOut {
  /** Everything the server stores, in PostgreSQL (buildApp's `storage`, which the app closes). */
  storage?: Storage;
  fanout?: DocumentFanout;
  close: () => Promise<void>;
}

/**
 * Connects to the shared engines before the app is built. PostgreSQL is migrated once however
 * many instances start at once (an advisory lock); Redis that does not answer at start is a
 * clear error, not an instance that silently serves alone.
 */
export async function openScaleOut(config: ScaleOutConfig, log: RedisLog, clock: Clock): Promise<ScaleOut> {
  const closers: (() => Promise<void>)[] = [];
  const scaleOut: ScaleOut = { close: async () => void (await Promise.all(closers.map((close) => close()))) };
  if (config.databaseUrl) {
    // Commits of different documents run side by side (each document's are serialised by its lock).
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 20 });
    // A PostgreSQL that goes away later is reported per query (clients keep their changes and resend).
    pool.on('error', (error) => log.warn({ err: error.message }, 'postgresql connection lost'));
    guardCheckedOutClients(pool);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw new Error(`DATABASE_URL does not answer or cannot be migrated: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    // The app owns the storage from here: closing the app ends the pool.
    scaleOut.storage = openPostgresStorage({ pool, clock });
  }
  if (config.redisUrl) {
    const fanout = await RedisFanout.connect({ url: config.redisUrl, log });
    scaleOut.fanout = fanout;
    closers.push(() => fanout.close());
  }
  return scaleOut;
}

type RedisLog = { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };
