import type pg from 'pg';
import type { CommitResult, CompactionResult, DocumentStore, MergeUpdates, StoredDocument, StoredUpdates } from '../DocumentStore.js';

interface UpdateRow {
  seq: string;
  data: Buffer;
}

/**
 * DocumentStore over PostgreSQL, shared by several server instances. Appends to one document
 * and its compaction take the same transaction-scoped advisory lock, so a document's sequence
 * numbers increase in commit order (what gap detection relies on) and two instances compacting
 * at once never drop an update: the second finds only what arrived after the first.
 */
export class PgDocumentStore implements DocumentStore {
  constructor(private readonly pool: pg.Pool) {}

  async load(name: string): Promise<StoredDocument | null> {
    const client = await this.pool.connect();
    try {
      // One snapshot of the database: a compaction committing in between cannot split the read.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const snapshot = (await client.query<{ state: Buffer; seq: string }>('SELECT state, seq FROM document_snapshots WHERE name = $1', [name])).rows[0];
      const snapshotSeq = snapshot ? Number(snapshot.seq) : 0;
      const log = (await client.query<UpdateRow>('SELECT seq, data FROM document_updates WHERE name = $1 AND seq > $2 ORDER BY seq', [name, snapshotSeq])).rows;
      await client.query('COMMIT');
      if (!snapshot && log.length === 0) return null;
      const updates: Uint8Array[] = snapshot ? [snapshot.state] : [];
      let logBytes = 0;
      for (const row of log) {
        updates.push(row.data);
        logBytes += row.data.byteLength;
      }
      return { updates, seq: log.length > 0 ? Number(log.at(-1)!.seq) : snapshotSeq, logCount: log.length, logBytes };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async seed(name: string, initial: Uint8Array): Promise<StoredDocument> {
    await this.inDocumentLock(name, async (client) => {
      if ((await this.headOf(client, name)) === 0) {
        await client.query('INSERT INTO document_updates (name, data, created_at) VALUES ($1, $2, now())', [name, Buffer.from(initial)]);
      }
    });
    const stored = await this.load(name);
    if (!stored) throw new Error(`document ${name} is empty right after seeding`);
    return stored;
  }

  async loadSince(name: string, afterSeq: number): Promise<StoredUpdates> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const snapshot = (await client.query<{ state: Buffer; seq: string }>('SELECT state, seq FROM document_snapshots WHERE name = $1', [name])).rows[0];
      const folded = snapshot !== undefined && Number(snapshot.seq) > afterSeq;
      const from = folded ? Number(snapshot.seq) : afterSeq;
      const log = (await client.query<UpdateRow>('SELECT seq, data FROM document_updates WHERE name = $1 AND seq > $2 ORDER BY seq', [name, from])).rows;
      await client.query('COMMIT');
      return { updates: [...(folded ? [snapshot.state] : []), ...log.map((row) => row.data)], seq: log.length > 0 ? Number(log.at(-1)!.seq) : from };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<CommitResult> {
    return this.inDocumentLock(name, async (client) => {
      const previousSeq = await this.headOf(client, name);
      if (updates.length === 0) return { seq: previousSeq, previousSeq };
      const inserted = await client.query<{ seq: string }>(
        'INSERT INTO document_updates (name, data, created_at) SELECT $1, data, now() FROM unnest($2::bytea[]) WITH ORDINALITY AS u(data, n) ORDER BY n RETURNING seq',
        [name, updates.map((update) => Buffer.from(update.buffer, update.byteOffset, update.byteLength))],
      );
      return { seq: Math.max(...inserted.rows.map((row) => Number(row.seq))), previousSeq };
    });
  }

  async compact(name: string, merge: MergeUpdates): Promise<CompactionResult> {
    return this.inDocumentLock(name, async (client) => {
      const snapshot = (await client.query<{ state: Buffer; seq: string }>('SELECT state, seq FROM document_snapshots WHERE name = $1', [name])).rows[0];
      const log = (await client.query<UpdateRow>('SELECT seq, data FROM document_updates WHERE name = $1 AND seq > $2 ORDER BY seq', [name, snapshot ? Number(snapshot.seq) : 0])).rows;
      const last = log.at(-1);
      if (!last) return { foldedUpdates: 0, snapshotBytes: snapshot?.state.byteLength ?? 0 };
      const state = merge([...(snapshot ? [snapshot.state] : []), ...log.map((row) => row.data)]);
      await client.query(
        `INSERT INTO document_snapshots (name, state, seq, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, seq = excluded.seq, updated_at = excluded.updated_at`,
        [name, Buffer.from(state), last.seq],
      );
      await client.query('DELETE FROM document_updates WHERE name = $1 AND seq <= $2', [name, last.seq]);
      return { foldedUpdates: log.length, snapshotBytes: state.byteLength };
    });
  }

  close(): Promise<void> {
    // The pool belongs to the app, which ends it after every store.
    return Promise.resolve();
  }

  private async headOf(client: pg.PoolClient, name: string): Promise<number> {
    const row = (
      await client.query<{ seq: string | null }>(
        `SELECT GREATEST((SELECT MAX(seq) FROM document_updates WHERE name = $1), (SELECT seq FROM document_snapshots WHERE name = $1)) AS seq`,
        [name],
      )
    ).rows[0];
    return row?.seq ? Number(row.seq) : 0;
  }

  /** Runs `work` in a transaction holding the document's advisory lock (released at commit). */
  private async inDocumentLock<T>(name: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`document:${name}`]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
