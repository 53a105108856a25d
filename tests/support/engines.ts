import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Db } from '@iap/server/db/openDatabase';
import type { Storage } from '@iap/server/storage/Storage';
import { openSqliteStorage } from '@iap/server/storage/sqlite/openSqliteStorage';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { freshDatabase } from './postgresRedis.js';

/**
 * The two storage engines, for contract tests that run the same cases against both:
 *
 *   describe.each(ENGINES)('SessionRepository on %s', (name) => {
 *     const engine = useEngine(name);
 *     it('…', async () => { const sessions = engine().storage.sessions; … });
 *   });
 *
 * SQLite: a fresh file in a temp folder per test. PostgreSQL: one database of its own per test
 * file run (random name, migrated once, dropped at the end), emptied before each test. Each
 * test's storage runs on a clock of its own, starting at T0 and moved by `advance`.
 */
export type EngineName = 'sqlite' | 'postgres';

export const ENGINES: readonly EngineName[] = ['sqlite', 'postgres'];

/** Where every test's clock starts. */
export const T0 = Date.parse('2025-03-03T09:00:00.000Z');

export interface EngineUnderTest {
  readonly name: EngineName;
  /** The whole Storage bundle of this engine, on the test's clock. */
  readonly storage: Storage;
  /** Moves the storage's clock forward. */
  advance(ms: number): void;
  /** The PostgreSQL database's URL (for a second pool on it), or null for SQLite. */
  readonly postgresUrl: string | null;
  /** Builds what is under test from this engine's connection. */
  pick<T>(make: { sqlite: (db: Db) => T; postgres: (pool: pg.Pool) => T }): T;
  /** Inserts one fixture row; flags as 0/1, which a PostgreSQL BOOLEAN accepts too. */
  insert(table: string, row: Record<string, unknown>): Promise<void>;
  /** Runs one statement with `?` placeholders and returns its rows (as each driver types them). */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** Registers the hooks that give each test of the enclosing describe a clean `name` engine. */
export function useEngine(name: EngineName): () => EngineUnderTest {
  return name === 'sqlite' ? useSqlite() : usePostgres();
}

/** A clock of its own for one test. */
function testClock(): { clock: () => number; advance: (ms: number) => void } {
  let now = T0;
  return { clock: () => now, advance: (ms) => void (now += ms) };
}

function useSqlite(): () => EngineUnderTest {
  let current: { engine: EngineUnderTest; dir: string } | null = null;
  beforeEach(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iap-engine-'));
    const { clock, advance } = testClock();
    const storage = openSqliteStorage({ dataDir: dir, clock });
    const db = storage.db;
    const engine: EngineUnderTest = {
      name: 'sqlite',
      storage,
      advance,
      postgresUrl: null,
      pick: (make) => make.sqlite(db),
      insert: (table, row) => {
        const columns = Object.keys(row);
        db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(row));
        return Promise.resolve();
      },
      query: <T>(sql: string, params: readonly unknown[] = []) => {
        const statement = db.prepare(sql);
        return Promise.resolve((statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[]);
      },
    };
    current = { engine, dir };
  });
  afterEach(async () => {
    if (!current) return;
    await current.engine.storage.close();
    fs.rmSync(current.dir, { recursive: true, force: true });
    current = null;
  });
  return () => {
    if (!current) throw new Error('the SQLite engine is open only inside a test');
    return current.engine;
  };
}

function usePostgres(): () => EngineUnderTest {
  let database: Awaited<ReturnType<typeof freshDatabase>> | null = null;
  let engine: EngineUnderTest | null = null;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  beforeEach(async () => {
    const pool = database!.pool;
    const { clock, advance } = testClock();
    engine = {
      name: 'postgres',
      // Not closed per test: its close() ends the pool, which the file's database owns.
      storage: openPostgresStorage({ pool, clock }),
      advance,
      postgresUrl: database!.url,
      pick: (make) => make.postgres(pool),
      insert: async (table, row) => {
        const columns = Object.keys(row);
        await pool.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_column, index) => `$${index + 1}`).join(', ')})`, Object.values(row));
      },
      query: async <T>(sql: string, params: readonly unknown[] = []) => {
        let index = 0;
        return (await pool.query(sql.replace(/\?/g, () => `$${++index}`), [...params])).rows as T[];
      },
    };
    const tables = (
      await pool.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`)
    ).rows.map((row) => row.name);
    // DELETE with foreign keys off for the moment (the tables hold a few rows): TRUNCATE, which
    // swaps every table's files, takes ten times as long.
    const client = await pool.connect();
    try {
      await client.query(`BEGIN; SET LOCAL session_replication_role = replica; ${tables.map((table) => `DELETE FROM ${table};`).join(' ')} COMMIT`);
    } finally {
      client.release();
    }
  });
  afterAll(async () => {
    await database?.drop();
    database = null;
  });
  return () => {
    if (!engine) throw new Error('the PostgreSQL engine is open only inside a test');
    return engine;
  };
}
