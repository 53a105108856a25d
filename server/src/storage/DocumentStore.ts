/**
 * Storage of Yjs documents. The collaboration core talks only to this interface,
 * so a PostgreSQL implementation can replace SQLite without touching collab/.
 *
 * Contract: a promise returned by appendUpdates resolves only once the updates are
 * durable (committed); the core broadcasts them after that, never before.
 *
 * Sequence numbers: every committed update gets a number, increasing across the store (not
 * contiguous per document). A commit reports the number of the document's previous commit, so
 * an instance that hears of commits from others can tell whether it missed one (a gap) and
 * catch up with `loadSince`.
 */
export interface DocumentStore {
  /** Everything stored for a document, or null when it has never been written. */
  load(name: string): Promise<StoredDocument | null>;
  /**
   * What was committed after `afterSeq`, for an instance catching up. When compaction has
   * folded past `afterSeq`, the snapshot comes first (Yjs updates are idempotent, so applying
   * what the caller already has is harmless).
   */
  loadSince(name: string, afterSeq: number): Promise<StoredUpdates>;
  /**
   * Stores `initial` as the document's first update unless something is stored already, in one
   * transaction, and returns what is stored: two instances opening a new document at once seed
   * it once (the duplicated-template bug of hocuspocus #509 across instances).
   */
  seed(name: string, initial: Uint8Array): Promise<StoredDocument>;
  /** Appends updates to the document's log in one transaction; resolves when committed. */
  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<CommitResult>;
  /**
   * Folds the snapshot and the log into one snapshot, in one transaction. Updates appended
   * while `merge` runs are not part of the fold and stay in the log.
   */
  compact(name: string, merge: MergeUpdates): Promise<CompactionResult>;
  close(): Promise<void>;
}

/** Merges encoded Yjs updates into one encoded state. */
export type MergeUpdates = (updates: Uint8Array[]) => Uint8Array;

export interface StoredUpdates {
  /** Encoded updates, oldest first. */
  updates: Uint8Array[];
  /** The highest sequence number they include (the argument of the next `loadSince`). */
  seq: number;
}

export interface StoredDocument extends StoredUpdates {
  /** Entries in the log (not counting the snapshot), to decide when to compact. */
  logCount: number;
  logBytes: number;
}

export interface CommitResult {
  /** Sequence number of the last update committed by this call. */
  seq: number;
  /** The document's highest sequence number before this commit (0 for a new document). */
  previousSeq: number;
}

export interface CompactionResult {
  foldedUpdates: number;
  snapshotBytes: number;
}
