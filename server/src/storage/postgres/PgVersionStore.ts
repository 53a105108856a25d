import type pg from 'pg';
import type { NewVersion, VersionRecord, VersionStore } from '../VersionStore.js';
import { NEWEST_VERSION_FIRST, VERSION_COLUMNS, toVersionRecord, type VersionRow } from '../versionRows.js';

/** VersionStore over PostgreSQL. Versions never change once written, so reads need no transaction. */
export class PgVersionStore implements VersionStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(name: string): Promise<VersionRecord[]> {
    return (await this.pool.query<VersionRow>(`SELECT ${VERSION_COLUMNS} WHERE v.name = $1 ${NEWEST_VERSION_FIRST}`, [name])).rows.map(toVersionRecord);
  }

  async find(id: string): Promise<VersionRecord | null> {
    const row = (await this.pool.query<VersionRow>(`SELECT ${VERSION_COLUMNS} WHERE v.id = $1`, [id])).rows[0];
    return row ? toVersionRecord(row) : null;
  }

  async latest(name: string): Promise<VersionRecord | null> {
    const row = (await this.pool.query<VersionRow>(`SELECT ${VERSION_COLUMNS} WHERE v.name = $1 ${NEWEST_VERSION_FIRST} LIMIT 1`, [name])).rows[0];
    return row ? toVersionRecord(row) : null;
  }

  async insert(version: NewVersion): Promise<VersionRecord> {
    await this.pool.query(
      `INSERT INTO document_versions (id, name, kind, label, author_id, created_at, snapshot, base_id, chain_length, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        version.id,
        version.name,
        version.kind,
        version.label,
        version.authorId,
        version.createdAt,
        Buffer.from(version.snapshot),
        version.baseId,
        version.chainLength,
        Buffer.from(version.data),
      ],
    );
    const record = await this.find(version.id);
    if (!record) throw new Error(`version ${version.id} vanished after insert`);
    return record;
  }

  async loadChain(id: string): Promise<Uint8Array[]> {
    // One round trip: the chain from `id` back to its full state, then reversed by depth.
    const links = (
      await this.pool.query<{ id: string; baseId: string | null; data: Buffer }>(
        `WITH RECURSIVE chain (id, base_id, data, depth) AS (
           SELECT id, base_id, data, 0 FROM document_versions WHERE id = $1
           UNION ALL
           SELECT v.id, v.base_id, v.data, chain.depth + 1 FROM document_versions v JOIN chain ON v.id = chain.base_id
         )
         SELECT id, base_id AS "baseId", data FROM chain ORDER BY depth DESC`,
        [id],
      )
    ).rows;
    const full = links[0];
    if (!full) throw new Error(`version ${id} is missing from its chain`);
    if (full.baseId !== null) throw new Error(`version ${full.baseId} is missing from its chain`);
    return links.map((link) => link.data);
  }
}
