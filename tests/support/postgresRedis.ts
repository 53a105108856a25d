import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { migratePostgres } from '@iap/server/storage/postgres/migratePostgres';
import { RedisFanout } from '@iap/server/fanout/RedisFanout';
import type { BuildAppOptions } from '@iap/server';
import { systemClock } from '@iap/server/clock';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { makeDataDir, startServer, type RunningServer } from './server.js';

/** The services this machine kind runs (../shared/ENVIRONMENT.md says how to start them). */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Fails with a clear message when PostgreSQL or Redis does not answer. */
export async function assertServicesUp(): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`PostgreSQL does not answer at ${POSTGRES_ADMIN_URL} (start it as ENVIRONMENT.md says): ${String(error)}`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(REDIS_URL, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis does not answer at ${REDIS_URL} (start it as ENVIRONMENT.md says): ${String(error)}`, { cause: error });
  } finally {
    redis.disconnect();
  }
}

/** A fresh, migrated database of its own for one test file, dropped by `drop`. */
export async function freshDatabase(): Promise<{ url: string; pool: pg.Pool; drop: () => Promise<void> }> {
  const name = `iap_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 8 });
  // Dropping the database ends its connections from the server side: not an error of the test.
  pool.on('error', () => undefined);
  const drop = async (): Promise<void> => {
    await pool.end();
    const dropper = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  };
  try {
    await migratePostgres(pool);
  } catch (error) {
    // A broken migration must not leave the database behind.
    await drop();
    throw error;
  }
  return { url: url.toString(), pool, drop };
}

/** A Redis fan-out on a channel prefix of its own, so test runs never hear each other. */
export function redisFanout(prefix: string): Promise<RedisFanout> {
  return RedisFanout.connect({ url: REDIS_URL, prefix, log: { warn: () => undefined, info: () => undefined } });
}

/**
 * One instance as main.ts builds it from DATABASE_URL and REDIS_URL (scaleOut.ts): its own
 * pool on the shared database (errors of idle connections logged there, ignored here), its own
 * Redis connections on the test file's channel `prefix`, its own DATA_DIR. Close the server,
 * then the fan-out.
 */
export async function startScaledInstance(
  options: { databaseUrl: string; redisUrl?: string; prefix: string } & Partial<BuildAppOptions>,
): Promise<{ server: RunningServer; fanout: RedisFanout }> {
  const { databaseUrl, redisUrl, prefix, ...appOptions } = options;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 5 });
  pool.on('error', () => undefined);
  const fanout = await RedisFanout.connect({ url: redisUrl ?? REDIS_URL, prefix, log: { warn: () => undefined, info: () => undefined } });
  const server = await startServer({ dataDir: makeDataDir(), storage: openPostgresStorage({ pool, clock: systemClock }), fanout, ...appOptions });
  return { server, fanout };
}
