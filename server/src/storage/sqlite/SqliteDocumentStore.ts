import type { Db } from '../../db/openDatabase.js';
import type { CommitResult, CompactionResult, DocumentStore, MergeUpdates, StoredDocument, StoredUpdates } from '../DocumentStore.js';

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
  private readonly selectHead;
  private readonly appendTransaction;

  constructor(private readonly db: Db) {
    this.selectSnapshot = db.prepare<[string], SnapshotRow>('SELECT state, seq FROM document_snapshots WHERE name = ?');
    this.selectUpdates = db.prepare<[string, number], UpdateRow>(
      'SELECT seq, data FROM document_updates WHERE name = ? AND seq > ? ORDER BY seq',
    );
    this.insertUpdate = db.prepare<[string, Uint8Array, string]>(
      'INSERT INTO document_updates (name, data, created_at) VALUES (?, ?, ?)',
    );
    this.selectHead = db.prepare<[string, string], { seq: number | null }>(
      `SELECT MAX(seq) AS seq FROM (
         SELECT MAX(seq) AS seq FROM document_updates WHERE name = ?
         UNION ALL SELECT seq FROM document_snapshots WHERE name = ?)`,
    );
    this.upsertSnapshot = db.prepare<[string, Uint8Array, number, string]>(
      `INSERT INTO document_snapshots (name, state, seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET state = excluded.state, seq = excluded.seq, updated_at = excluded.updated_at`,
    );
    this.deleteUpdatesUpTo = db.prepare<[string, number]>('DELETE FROM document_updates WHERE name = ? AND seq <= ?');
    this.appendTransaction = db.transaction((name: string, updates: readonly Uint8Array[]): CommitResult => {
      const previousSeq = this.headOf(name);
      const now = new Date().toISOString();
      let seq = previousSeq;
      for (const update of updates) seq = Number(this.insertUpdate.run(name, update, now).lastInsertRowid);
      return { seq, previousSeq };
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
    const seq = log.at(-1)?.seq ?? snapshot?.seq ?? 0;
    return Promise.resolve({ updates, seq, logCount: log.length, logBytes });
  }

  seed(name: string, initial: Uint8Array): Promise<StoredDocument> {
    const seedOnce = this.db.transaction((): void => {
      if (this.headOf(name) === 0) this.appendTransaction(name, [initial]);
    });
    seedOnce();
    return this.load(name).then((stored) => {
      if (!stored) throw new Error(`document ${name} is empty right after seeding`);
      return stored;
    });
  }

  loadSince(name: string, afterSeq: number): Promise<StoredUpdates> {
    const read = this.db.transaction((): StoredUpdates => {
      const snapshot = this.selectSnapshot.get(name);
      const folded = snapshot !== undefined && snapshot.seq > afterSeq;
      const log = this.selectUpdates.all(name, folded ? snapshot.seq : afterSeq);
      const updates = [...(folded ? [snapshot.state] : []), ...log.map((row) => row.data)];
      return { updates, seq: log.at(-1)?.seq ?? (folded ? snapshot.seq : afterSeq) };
    });
    return Promise.resolve(read());
  }

  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<CommitResult> {
    if (updates.length === 0) {
      const head = this.headOf(name);
      return Promise.resolve({ seq: head, previousSeq: head });
    }
    return Promise.resolve(this.appendTransaction(name, updates));
  }

  private headOf(name: string): number {
    return this.selectHead.get(name, name)?.seq ?? 0;
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

  close(): Promise<void> {
    // The database handle is owned by the app, which closes it after every store.
    return Promise.resolve();
  }
}
