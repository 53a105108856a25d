import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { readMigrations } from '../../db/migrate.js';

/** migrations/postgres/: the PostgreSQL twins of the SQLite migrations, numbered alike. */
export const POSTGRES_MIGRATIONS_DIR = fileURLToPath(new URL('../../../../migrations/postgres/', import.meta.url));

/** Any constant: the key of the advisory lock under which one instance migrates at a time. */
const MIGRATION_LOCK = 7_240_301;

/**
 * Applies the PostgreSQL migrations not yet recorded, each in its own transaction, under an
 * advisory lock: instances started at once against one empty database migrate it once.
 */
export async function migratePostgres(pool: pg.Pool, dir: string = POSTGRES_MIGRATIONS_DIR): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    const newlyApplied: number[] = [];
    for (const migration of readMigrations(dir)) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      newlyApplied.push(migration.version);
    }
    return newlyApplied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
