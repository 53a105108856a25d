import { createRequire } from 'node:module';

/** The part of better-sqlite3's API the y-websocket-server persistence uses. */
export interface SqliteStatement {
  run(...parameters: unknown[]): unknown;
  all(...parameters: unknown[]): unknown[];
}
export interface SqliteDatabase {
  pragma(statement: string): unknown;
  exec(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
  transaction<A extends unknown[]>(run: (...args: A) => void): (...args: A) => void;
  close(): void;
}
type SqliteConstructor = new (file: string) => SqliteDatabase;

/**
 * better-sqlite3 is a dependency of @iap/server, not of bench/: resolve it from there, so
 * the peer writes through the very same native build (and version) as our server.
 */
export function openSqlite(file: string): SqliteDatabase {
  const requireFromServer = createRequire(import.meta.resolve('@iap/server'));
  const Database = requireFromServer('better-sqlite3') as SqliteConstructor;
  return new Database(file);
}
