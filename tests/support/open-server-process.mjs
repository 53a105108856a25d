// A real server process with the open collab core (no accounts), for crash and signal tests.
// Prints "listening <port>" once ready; configured by DATA_DIR and optional COMPACT_AFTER, and by
// DATABASE_URL + REDIS_URL (+ REDIS_PREFIX) to store documents in PostgreSQL and fan out over Redis.
import pg from 'pg';
import { buildApp } from '@iap/server';
import { openAccess } from '@iap/server/collab/access';
import { PgDocumentStore } from '@iap/server/storage/postgres/PgDocumentStore';
import { RedisFanout } from '@iap/server/fanout/RedisFanout';

const compactAfter = Number(process.env.COMPACT_AFTER ?? 500);
const pool = process.env.DATABASE_URL ? new pg.Pool({ connectionString: process.env.DATABASE_URL }) : null;
const fanout = process.env.REDIS_URL
  ? await RedisFanout.connect({ url: process.env.REDIS_URL, prefix: process.env.REDIS_PREFIX, log: { warn: () => undefined, info: () => undefined } })
  : undefined;
const app = await buildApp({
  dataDir: process.env.DATA_DIR,
  clientDir: null,
  logLevel: 'warn',
  collabAccess: openAccess,
  compaction: { maxLogCount: compactAfter, delayMs: 10 },
  ...(pool ? { documents: () => new PgDocumentStore(pool) } : {}),
  ...(fanout ? { fanout } : {}),
});
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${app.server.address().port}`);
