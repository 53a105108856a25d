import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from './migrate.js';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Directory of the SQLite file, or ':memory:'. */
  dataDir: string;
  synchronous?: 'NORMAL' | 'FULL';
}

/**
 * Opens (creating if needed) the SQLite database in WAL mode and applies pending migrations.
 * WAL with synchronous=NORMAL keeps every committed transaction across a process crash
 * (kill -9); FULL adds an fsync per commit so it also survives power loss.
 */
export function openDatabase(options: OpenDatabaseOptions): Db {
  let file = ':memory:';
  if (options.dataDir !== ':memory:') {
    fs.mkdirSync(options.dataDir, { recursive: true });
    file = path.join(options.dataDir, 'iap-workspace.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  applyMigrations(db);
  return db;
}
