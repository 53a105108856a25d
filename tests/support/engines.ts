import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Db } from '@iap/server/db/openDatabase';
import { freshDatabase } from './postgresRedis.js';

/**
 * The two storage engines, for contract tests that run the same cases against both:
 *
 *   describe.each(ENGINES)('SessionRepository on %s', (name) => {
 *     const engine = useEngine(name);
 *     const store = () => engine().pick({ sqlite: (db) => new SqliteX(db), postgres: (pool) => new PgX(pool) });
 *     ...
 *   });
 *
 * SQLite: a fresh file in a temp folder per test. PostgreSQL: one database of its own per test
 * file run (random name, migrated once, dropped at the end), emptied before each test.
 */
export type EngineName = 'sqlite' | 'postgres';

export const ENGINES: readonly EngineName[] = ['sqlite', 'postgres'];

export interface EngineUnderTest {
  readonly name: EngineName;
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

function useSqlite(): () => EngineUnderTest {
  let current: { engine: EngineUnderTest; db: Db; dir: string } | null = null;
  beforeEach(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iap-engine-'));
    const db = openDatabase({ dataDir: dir });
    const engine: EngineUnderTest = {
      name: 'sqlite',
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
    current = { engine, db, dir };
  });
  afterEach(() => {
    if (!current) return;
    current.db.close();
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
    const pool = database.pool;
    engine = {
      name: 'postgres',
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
  });
  beforeEach(async () => {
    const pool = database!.pool;
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
