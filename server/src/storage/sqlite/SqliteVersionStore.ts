import type { Db } from '../../db/openDatabase.js';
import type { NewVersion, VersionRecord, VersionStore } from '../VersionStore.js';
import { NEWEST_VERSION_FIRST, VERSION_COLUMNS, toVersionRecord, type VersionRow } from '../versionRows.js';

/**
 * VersionStore over better-sqlite3. Methods are async only so that a failing statement rejects,
 * as it does over PostgreSQL, instead of throwing; the work is done when they return.
 */
export class SqliteVersionStore implements VersionStore {
  private readonly selectByName;
  private readonly selectById;
  private readonly selectLatest;
  private readonly insertRow;
  private readonly selectLink;

  constructor(db: Db) {
    this.selectByName = db.prepare<[string], VersionRow>(`SELECT ${VERSION_COLUMNS} WHERE v.name = ? ${NEWEST_VERSION_FIRST}`);
    this.selectById = db.prepare<[string], VersionRow>(`SELECT ${VERSION_COLUMNS} WHERE v.id = ?`);
    this.selectLatest = db.prepare<[string], VersionRow>(`SELECT ${VERSION_COLUMNS} WHERE v.name = ? ${NEWEST_VERSION_FIRST} LIMIT 1`);
    this.insertRow = db.prepare<[string, string, string, string | null, string | null, string, Uint8Array, string | null, number, Uint8Array]>(
      `INSERT INTO document_versions (id, name, kind, label, author_id, created_at, snapshot, base_id, chain_length, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectLink = db.prepare<[string], { baseId: string | null; data: Buffer }>('SELECT base_id AS baseId, data FROM document_versions WHERE id = ?');
  }

  async list(name: string): Promise<VersionRecord[]> {
    return this.selectByName.all(name).map(toVersionRecord);
  }

  async find(id: string): Promise<VersionRecord | null> {
    const row = this.selectById.get(id);
    return row ? toVersionRecord(row) : null;
  }

  async latest(name: string): Promise<VersionRecord | null> {
    const row = this.selectLatest.get(name);
    return row ? toVersionRecord(row) : null;
  }

  async insert(version: NewVersion): Promise<VersionRecord> {
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

  async loadChain(id: string): Promise<Uint8Array[]> {
    const chain: Uint8Array[] = [];
    let next: string | null = id;
    while (next !== null) {
      const link = this.selectLink.get(next);
      if (!link) throw new Error(`version ${next} is missing from its chain`);
      chain.push(link.data);
      next = link.baseId;
    }
    return chain.reverse();
  }
}
