import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { LoadTimes } from './childRuntime.js';
import { openSqlite, type SqliteDatabase } from './sqliteDriver.js';

/** y-leveldb folds the log into one update once it holds more than this many. */
const PREFERRED_TRIM_SIZE = 500;

interface UpdateRow {
  seq: number;
  data: Buffer;
}

/** What `setPersistence` of @y/websocket-server expects. */
export interface WebsocketServerPersistence {
  bindState: (name: string, doc: Y.Doc) => void;
  writeState: (name: string, doc: Y.Doc) => Promise<void>;
  provider: unknown;
}

/**
 * The y-websocket server's own persistence (y-leveldb), ported to SQLite with our server's
 * settings (WAL, synchronous=NORMAL): every update is appended as one row; loading applies
 * the rows one by one in one transaction and folds them once there are more than 500.
 *
 * The append runs in the document's `update` handler, which the server registered before
 * this one: the update is broadcast first and written right after, in the same tick.
 */
export function sqliteUpdateLog(file: string, loads: LoadTimes): { persistence: WebsocketServerPersistence; db: SqliteDatabase } {
  const db = openSqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL)');
  db.exec('CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq)');
  const selectUpdates = db.prepare('SELECT seq, data FROM updates WHERE name = ? ORDER BY seq');
  const insertUpdate = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const deleteUpTo = db.prepare('DELETE FROM updates WHERE name = ? AND seq <= ?');
  const trim = db.transaction((name: string, lastSeq: number, state: Uint8Array) => {
    insertUpdate.run(name, state);
    deleteUpTo.run(name, lastSeq);
  });

  const persistence: WebsocketServerPersistence = {
    provider: null,
    bindState: (name, doc) => {
      // Synchronous, so the document is loaded before the server sends its sync step 1.
      const started = performance.now();
      const rows = selectUpdates.all(name) as UpdateRow[];
      doc.transact(() => {
        for (const row of rows) Y.applyUpdate(doc, row.data);
      });
      const last = rows.at(-1);
      if (last && rows.length > PREFERRED_TRIM_SIZE) trim(name, last.seq, Y.encodeStateAsUpdate(doc));
      if (!loads.has(name)) loads.set(name, performance.now() - started);
      doc.on('update', (update: Uint8Array) => {
        insertUpdate.run(name, update);
      });
    },
    writeState: () => Promise.resolve(),
  };
  return { persistence, db };
}
