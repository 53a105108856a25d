import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from './migrate.js';

function migrationsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iap-migrations-'));
  for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
  return dir;
}

describe('migration runner', () => {
  it('applies pending migrations in order once and records them', () => {
    const dir = migrationsDir({
      '0001_first.sql': 'CREATE TABLE a (x INTEGER);',
      '0002_second.sql': 'ALTER TABLE a ADD COLUMN y TEXT;',
      'README.md': 'not a migration',
    });
    const db = new Database(':memory:');
    expect(applyMigrations(db, dir)).toEqual([1, 2]);
    expect(applyMigrations(db, dir)).toEqual([]);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual([
      { version: 1, name: '0001_first.sql' },
      { version: 2, name: '0002_second.sql' },
    ]);
    db.prepare('INSERT INTO a (x, y) VALUES (1, ?)').run('ok');
  });

  it('rolls back a failing migration and leaves earlier ones applied', () => {
    const dir = migrationsDir({
      '0001_first.sql': 'CREATE TABLE a (x INTEGER);',
      '0002_broken.sql': 'CREATE TABLE b (x INTEGER); THIS IS NOT SQL;',
    });
    const db = new Database(':memory:');
    expect(() => applyMigrations(db, dir)).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables).toEqual([{ name: 'a' }, { name: 'schema_migrations' }]);
  });

  it('refuses a gap in the numbering', () => {
    const dir = migrationsDir({ '0001_a.sql': 'SELECT 1;', '0003_c.sql': 'SELECT 1;' });
    expect(() => readMigrations(dir)).toThrow(/out of sequence/);
  });

  it('the repository migrations apply cleanly to an empty database', () => {
    const db = new Database(':memory:');
    const applied = applyMigrations(db);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied).toEqual(applied.map((_, index) => index + 1));
  });
});
