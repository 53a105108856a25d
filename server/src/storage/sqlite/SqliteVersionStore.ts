import type { Db } from '../../db/openDatabase.js';
import type { NewVersion, VersionRecord, VersionStore } from '../VersionStore.js';

interface VersionRow {
  id: string;
  name: string;
  kind: VersionRecord['kind'];
  label: string | null;
  createdAt: string;
  authorId: string | null;
  authorName: string | null;
  snapshot: Buffer;
  chainLength: number;
}

const COLUMNS = `v.id, v.name, v.kind, v.label, v.created_at AS createdAt, v.author_id AS authorId, u.name AS authorName,
  v.snapshot, v.chain_length AS chainLength
  FROM document_versions v LEFT JOIN users u ON u.id = v.author_id`;

/** VersionStore over better-sqlite3; every promise is settled when returned. */
export class SqliteVersionStore implements VersionStore {
  private readonly selectByName;
  private readonly selectById;
  private readonly selectLatest;
  private readonly insertRow;
  private readonly selectLink;

  constructor(db: Db) {
    // rowid breaks ties between versions taken in the same millisecond.
    this.selectByName = db.prepare<[string], VersionRow>(`SELECT ${COLUMNS} WHERE v.name = ? ORDER BY v.created_at DESC, v.rowid DESC`);
    this.selectById = db.prepare<[string], VersionRow>(`SELECT ${COLUMNS} WHERE v.id = ?`);
    this.selectLatest = db.prepare<[string], VersionRow>(`SELECT ${COLUMNS} WHERE v.name = ? ORDER BY v.created_at DESC, v.rowid DESC LIMIT 1`);
    this.insertRow = db.prepare<[string, string, string, string | null, string | null, string, Uint8Array, string | null, number, Uint8Array]>(
      `INSERT INTO document_versions (id, name, kind, label, author_id, created_at, snapshot, base_id, chain_length, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectLink = db.prepare<[string], { baseId: string | null; data: Buffer }>('SELECT base_id AS baseId, data FROM document_versions WHERE id = ?');
  }

  list(name: string): Promise<VersionRecord[]> {
    return Promise.resolve(this.selectByName.all(name).map(toRecord));
  }

  find(id: string): Promise<VersionRecord | null> {
    const row = this.selectById.get(id);
    return Promise.resolve(row ? toRecord(row) : null);
  }

  latest(name: string): Promise<VersionRecord | null> {
    const row = this.selectLatest.get(name);
    return Promise.resolve(row ? toRecord(row) : null);
  }

  insert(version: NewVersion): Promise<VersionRecord> {
    this.insertRow.run(
      version.id,
      version.name,
      version.kind,
      version.label,
      version.authorId,
      version.createdAt,
      version.snapshot,
      version.baseId,
      version.chainLength,
      version.data,
    );
    return this.find(version.id).then((record) => {
      if (!record) throw new Error(`version ${version.id} vanished after insert`);
      return record;
    });
  }

  loadChain(id: string): Promise<Uint8Array[]> {
    const chain: Uint8Array[] = [];
    let next: string | null = id;
    while (next !== null) {
      const link = this.selectLink.get(next);
      if (!link) throw new Error(`version ${next} is missing from its chain`);
      chain.push(link.data);
      next = link.baseId;
    }
    return Promise.resolve(chain.reverse());
  }
}

function toRecord(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    label: row.label,
    createdAt: row.createdAt,
    author: row.authorId && row.authorName ? { id: row.authorId, name: row.authorName } : null,
    snapshot: row.snapshot,
    chainLength: row.chainLength,
  };
}
