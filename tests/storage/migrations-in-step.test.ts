import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@iap/server/db/openDatabase';
import { MIGRATIONS_DIR, readMigrations } from '@iap/server/db/migrate';
import { POSTGRES_MIGRATIONS_DIR } from '@iap/server/storage/postgres/migratePostgres';
import { freshDatabase } from '../support/postgresRedis.js';

/** Table name → its column names, sorted: the shape both engines must agree on. */
type Shape = Record<string, string[]>;

function sqliteShape(db: Db): Shape {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      db
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`)
        .all()
        .map((column) => column.name)
        .sort(),
    ]),
  );
}

describe('the SQLite and PostgreSQL migrations stay in step', () => {
  let dir: string;
  let sqlite: Db;
  let postgres: Awaited<ReturnType<typeof freshDatabase>>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iap-migrations-'));
    sqlite = openDatabase({ dataDir: dir });
    postgres = await freshDatabase();
  });

  afterAll(async () => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
    await postgres.drop();
  });

  it('every numbered migration has its twin under the same number and file name', () => {
    const names = (folder: string) => readMigrations(folder).map((migration) => migration.name);
    expect(names(POSTGRES_MIGRATIONS_DIR)).toEqual(names(MIGRATIONS_DIR));
  });

  it('both engines recorded the same migrations', async () => {
    const applied = sqlite.prepare<[], { version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version').all();
    const appliedPg = (await postgres.pool.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
    expect(applied.length).toBe(readMigrations(MIGRATIONS_DIR).length);
    expect(appliedPg).toEqual(applied);
  });

  it('a fresh database of either engine has the same tables with the same columns', async () => {
    const columns = await postgres.pool.query<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = current_schema() ORDER BY table_name, column_name`,
    );
    const postgresShape: Shape = {};
    for (const { table, column } of columns.rows) (postgresShape[table] ??= []).push(column);
    for (const names of Object.values(postgresShape)) names.sort();
    expect(postgresShape).toEqual(sqliteShape(sqlite));
  });
});
