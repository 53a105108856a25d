import type { VersionRecord } from './VersionStore.js';

/** A version row as both engines select it (aliases quoted: PostgreSQL folds bare ones to lowercase). */
export interface VersionRow {
  id: string;
  name: string;
  kind: VersionRecord['kind'];
  label: string | null;
  createdAt: string;
  authorId: string | null;
  authorName: string | null;
  snapshot: Uint8Array;
  chainLength: number;
}

export const VERSION_COLUMNS = `v.id, v.name, v.kind, v.label, v.created_at AS "createdAt", v.author_id AS "authorId", u.name AS "authorName",
  v.snapshot, v.chain_length AS "chainLength"
  FROM document_versions v LEFT JOIN users u ON u.id = v.author_id`;

/** Newest first; insert_order breaks ties between versions taken in the same millisecond. */
export const NEWEST_VERSION_FIRST = 'ORDER BY v.created_at DESC, v.insert_order DESC';

export function toVersionRecord(row: VersionRow): VersionRecord {
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
