import type { Db } from '../../db/openDatabase.js';
import type { CompactionResult, DocumentStore, MergeUpdates, StoredDocument } from '../DocumentStore.js';

interface SnapshotRow {
  state: Buffer;
  seq: number;
}
interface UpdateRow {
  seq: number;
  data: Buffer;
}

/**
 * DocumentStore over better-sqlite3. better-sqlite3 is synchronous, so every promise here is
 * already settled when returned: a commit has reached the WAL before the caller continues.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly insertUpdate;
  private readonly upsertSnapshot;
  private readonly deleteUpdatesUpTo;
  private readonly selectNames;
  private readonly appendTransaction;

  constructor(private readonly db: Db) {
    this.selectSnapshot = db.prepare<[string], SnapshotRow>('SELECT state, seq FROM document_snapshots WHERE name = ?');
    this.selectUpdates = db.prepare<[string, number], UpdateRow>(
      'SELECT seq, data FROM document_updates WHERE name = ? AND seq > ? ORDER BY seq',
    );
    this.insertUpdate = db.prepare<[string, Uint8Array, string]>(
      'INSERT INTO document_updates (name, data, created_at) VALUES (?, ?, ?)',
    );
    this.upsertSnapshot = db.prepare<[string, Uint8Array, number, string]>(
      `INSERT INTO document_snapshots (name, state, seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET state = excluded.state, seq = excluded.seq, updated_at = excluded.updated_at`,
    );
    this.deleteUpdatesUpTo = db.prepare<[string, number]>('DELETE FROM document_updates WHERE name = ? AND seq <= ?');
    this.selectNames = db.prepare<[], { name: string }>(
      'SELECT name FROM document_snapshots UNION SELECT DISTINCT name FROM document_updates ORDER BY name',
    );
    this.appendTransaction = db.transaction((name: string, updates: readonly Uint8Array[]) => {
      const now = new Date().toISOString();
      for (const update of updates) this.insertUpdate.run(name, update, now);
    });
  }

  load(name: string): Promise<StoredDocument | null> {
    const snapshot = this.selectSnapshot.get(name);
    const log = this.selectUpdates.all(name, snapshot?.seq ?? 0);
    if (!snapshot && log.length === 0) return Promise.resolve(null);
    const updates: Uint8Array[] = [];
    if (snapshot) updates.push(snapshot.state);
    let logBytes = 0;
    for (const row of log) {
      updates.push(row.data);
      logBytes += row.data.byteLength;
    }
    return Promise.resolve({ updates, logCount: log.length, logBytes });
  }

  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<void> {
    if (updates.length > 0) this.appendTransaction(name, updates);
    return Promise.resolve();
  }

  compact(name: string, merge: MergeUpdates): Promise<CompactionResult> {
    // One synchronous transaction: no append can interleave, and a failure leaves the log as it was.
    const result = this.db.transaction((): CompactionResult => {
      const snapshot = this.selectSnapshot.get(name);
      const log = this.selectUpdates.all(name, snapshot?.seq ?? 0);
      const last = log.at(-1);
      if (!last) return { foldedUpdates: 0, snapshotBytes: snapshot?.state.byteLength ?? 0 };
      const parts = snapshot ? [snapshot.state, ...log.map((row) => row.data)] : log.map((row) => row.data);
      const state = merge(parts);
      this.upsertSnapshot.run(name, state, last.seq, new Date().toISOString());
      this.deleteUpdatesUpTo.run(name, last.seq);
      return { foldedUpdates: log.length, snapshotBytes: state.byteLength };
    })();
    return Promise.resolve(result);
  }

  listDocuments(): Promise<string[]> {
    return Promise.resolve(this.selectNames.all().map((row) => row.name));
  }

  close(): Promise<void> {
    // The database handle is owned by the app, which closes it after every store.
    return Promise.resolve();
  }
}
