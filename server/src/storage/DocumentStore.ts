/**
 * Storage of Yjs documents. The collaboration core talks only to this interface,
 * so a PostgreSQL implementation can replace SQLite without touching collab/.
 *
 * Contract: a promise returned by appendUpdates resolves only once the updates are
 * durable (committed); the core broadcasts them after that, never before.
 */
export interface DocumentStore {
  /** Everything stored for a document, or null when it has never been written. */
  load(name: string): Promise<StoredDocument | null>;
  /** Appends updates to the document's log in one transaction; resolves when committed. */
  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<void>;
  /**
   * Folds the snapshot and the log into one snapshot, in one transaction. Updates appended
   * while `merge` runs are not part of the fold and stay in the log.
   */
  compact(name: string, merge: MergeUpdates): Promise<CompactionResult>;
  /** Names of the stored documents, for read models that derive from documents. */
  listDocuments(): Promise<string[]>;
  close(): Promise<void>;
}

/** Merges encoded Yjs updates into one encoded state. */
export type MergeUpdates = (updates: Uint8Array[]) => Uint8Array;

export interface StoredDocument {
  /** The snapshot followed by the log, oldest first. */
  updates: Uint8Array[];
  /** Entries in the log (not counting the snapshot), to decide when to compact. */
  logCount: number;
  logBytes: number;
}

export interface CompactionResult {
  foldedUpdates: number;
  snapshotBytes: number;
}
