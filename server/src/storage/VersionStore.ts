import type { VersionKind } from '@iap/shared';

/**
 * Versions of documents, kept apart from the update log so compaction never touches them.
 * A version is stored as a delta from its base version where that is cheaper (see
 * migrations/0007 and docs/IAP-MODEL.md); `loadChain` returns what rebuilds it.
 */
export interface VersionStore {
  /** Newest first. */
  list(name: string): Promise<VersionRecord[]>;
  find(id: string): Promise<VersionRecord | null>;
  /** The newest version of a document, to diff the next one against. */
  latest(name: string): Promise<VersionRecord | null>;
  insert(version: NewVersion): Promise<VersionRecord>;
  /** The rows that rebuild version `id`, from its full state to itself, in order. */
  loadChain(id: string): Promise<Uint8Array[]>;
}

export interface VersionRecord {
  id: string;
  name: string;
  kind: VersionKind;
  label: string | null;
  createdAt: string;
  author: { id: string; name: string } | null;
  snapshot: Uint8Array;
  chainLength: number;
}

export interface NewVersion {
  id: string;
  name: string;
  kind: VersionKind;
  label: string | null;
  authorId: string | null;
  createdAt: string;
  /** `Y.encodeSnapshot` of the version: its state vector and delete set. */
  snapshot: Uint8Array;
  /** The version `data` is a delta from, or null when `data` is a full state. */
  baseId: string | null;
  chainLength: number;
  data: Uint8Array;
}
