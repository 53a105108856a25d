import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

/** The machine's PostgreSQL and Redis (ENVIRONMENT: both on loopback); overridable for another host. */
export const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
type PgModule = { Client: new (options: { connectionString: string }) => PgClient };

/** pg is a dependency of @iap/server, not of bench/: resolved from there, like better-sqlite3. */
function pgModule(): PgModule {
  const requireFromServer = createRequire(import.meta.resolve('@iap/server'));
  return requireFromServer('pg') as PgModule;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new (pgModule().Client)({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A name no other run (or helper's test) uses at the same moment. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** An empty database of its own for one measurement; `drop` removes it, connections or not. */
export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = uniqueName('bench');
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
