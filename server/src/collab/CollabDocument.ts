import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode } from '@iap/shared';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { encodeAwareness, encodeSaved, encodeUpdate } from './messages.js';
import type { Connection } from './Connection.js';
import type { DocumentFanout, FanoutMessage } from './fanout.js';

export interface CompactionPolicy {
  /** Compact once the log holds more than this many updates... */
  maxLogCount: number;
  /** ...or more than this many bytes. */
  maxLogBytes: number;
  /** Wait this long after the threshold is crossed, so a burst of typing compacts once. */
  delayMs: number;
}

export interface CollabDocumentOptions {
  name: string;
  store: DocumentStore;
  /** What the store held when the document was loaded. */
  stored: { updates: Uint8Array[]; logCount: number; logBytes: number };
  compaction: CompactionPolicy;
  fanout: DocumentFanout;
  /** Element names this document's editor schema holds, or null to accept any. */
  allowedElements: ReadonlySet<string> | null;
  /**
   * True when no other instance writes this document, so the live Y.Doc holds every stored
   * update and compaction can encode it (~30 ms for 1 MB) instead of rebuilding a document from
   * the log (~300 ms, blocking every document of the process). With several instances a commit
   * of another instance may not have arrived yet, so compaction folds the stored log itself.
   */
  liveStateIsComplete: boolean;
  onStorageFailure: (doc: CollabDocument, error: unknown) => void;
}

/** Origin of changes that came from another server instance: already committed there. */
const REMOTE = 'remote';

interface PendingUpdate {
  update: Uint8Array;
  origin: Connection | null;
}

/**
 * One open Yjs document: the in-memory Y.Doc, its awareness and its connections.
 *
 * Invariant: nothing leaves this object (update, sync reply, "saved") before the
 * updates it contains are committed by the store. Updates from clients are applied in
 * memory, queued, committed in one batch per event-loop turn, and only then broadcast.
 */
export class CollabDocument {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();

  private pending: PendingUpdate[] = [];
  private flushScheduled = false;
  /** Serialises commits and everything that must follow them, in order. */
  private chain: Promise<void> = Promise.resolve();
  private committedStateVector: Uint8Array;
  private logCount: number;
  private logBytes: number;
  private compactionTimer: NodeJS.Timeout | null = null;
  private failed = false;
  readonly name: string;
  private readonly store: DocumentStore;
  private readonly compaction: CompactionPolicy;
  private readonly fanout: DocumentFanout;
  private readonly allowedElements: ReadonlySet<string> | null;
  private readonly liveStateIsComplete: boolean;
  private readonly onStorageFailure: (doc: CollabDocument, error: unknown) => void;
  private readonly unsubscribe: () => void;

  constructor(options: CollabDocumentOptions) {
    this.name = options.name;
    this.store = options.store;
    this.compaction = options.compaction;
    this.fanout = options.fanout;
    this.allowedElements = options.allowedElements;
    this.liveStateIsComplete = options.liveStateIsComplete;
    this.onStorageFailure = options.onStorageFailure;
    // The server holds no presence of its own.
    this.awareness.setLocalState(null);
    const { stored } = options;
    // One transaction for all stored updates: measured here about 2x faster than merging them
    // first (bench/README.md), and far faster than a transaction per update (yhub PR #7).
    Y.transact(
      this.doc,
      () => {
        for (const update of stored.updates) Y.applyUpdate(this.doc, update);
      },
      'storage',
    );
    this.committedStateVector = Y.encodeStateVector(this.doc);
    this.logCount = stored.logCount;
    this.logBytes = stored.logBytes;
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
    this.unsubscribe = this.fanout.subscribe(this.name, (message) => this.receiveRemote(message));
  }

  /** Applies a change another instance made (and, for updates, committed). */
  receiveRemote(message: FanoutMessage): void {
    if (message.kind === 'update') Y.applyUpdate(this.doc, message.update, REMOTE);
    else awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, REMOTE);
  }

  /** The state vector of what the database holds. */
  get savedStateVector(): Uint8Array {
    return this.committedStateVector;
  }

  /**
   * The first XML element name in `decoded` that this document's schema cannot hold, or null.
   * y-tiptap would delete such an element for every client, so the update is refused whole.
   */
  findForeignElement(decoded: ReturnType<typeof Y.decodeUpdate>): string | null {
    if (!this.allowedElements) return null;
    for (const struct of decoded.structs) {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) continue;
      const type = struct.content.type;
      if (type instanceof Y.XmlElement && !this.allowedElements.has(type.nodeName)) return type.nodeName;
    }
    return null;
  }

  /** Applies a client's update in memory; it is committed and broadcast by the next flush. */
  applyClientUpdate(update: Uint8Array, origin: Connection): void {
    Y.applyUpdate(this.doc, update, origin);
  }

  /**
   * Runs `task` after every update applied so far is committed. Use it for anything that
   * reveals document state to a client (sync replies, acknowledgements).
   */
  afterCommitted(task: () => void): void {
    this.flushNow();
    this.chain = this.chain.then(() => {
      if (!this.failed) task();
    });
  }

  /** Resolves once every queued commit and follow-up has run. */
  async drain(): Promise<void> {
    this.flushNow();
    await this.chain;
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === 'storage') return;
    if (origin === REMOTE) {
      // Committed by the instance that received it: local clients may see it at once.
      const frame = encodeUpdate(update);
      for (const connection of this.connections) connection.send(frame);
      return;
    }
    this.pending.push({ update, origin: isConnection(origin) ? origin : null });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // One commit per event-loop turn batches the messages that arrived together.
      setImmediate(() => this.flushNow());
    }
  };

  private flushNow(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    // Everything in memory now is in this batch or already committed.
    const stateVector = Y.encodeStateVector(this.doc);
    this.chain = this.chain
      .then(async () => {
        if (this.failed) return;
        await this.store.appendUpdates(
          this.name,
          batch.map((entry) => entry.update),
        );
        this.committedStateVector = stateVector;
        const merged = mergeBatch(batch);
        this.broadcastCommitted(batch, merged);
        this.fanout.publish(this.name, { kind: 'update', update: merged });
        for (const entry of batch) {
          this.logCount += 1;
          this.logBytes += entry.update.byteLength;
        }
        this.maybeScheduleCompaction();
      })
      .catch((error: unknown) => {
        this.failed = true;
        this.onStorageFailure(this, error);
      });
  }

  // Commit before broadcast: a peer must never see an update that a crash could lose.
  // One frame per connection per batch: sending a frame per update per socket dominated the
  // fan-out profile. A writer gets the merge of the others' updates, or nothing.
  private broadcastCommitted(batch: PendingUpdate[], merged: Uint8Array): void {
    const writers = new Set<Connection>();
    for (const entry of batch) if (entry.origin) writers.add(entry.origin);
    const frame = encodeUpdate(merged);
    for (const connection of this.connections) {
      if (!writers.has(connection)) {
        connection.send(frame);
        continue;
      }
      const others = batch.filter((entry) => entry.origin !== connection);
      if (others.length > 0) connection.send(encodeUpdate(mergeBatch(others)));
    }
    const acknowledge = [...writers].filter((connection) => connection.wantsSavedAck);
    if (acknowledge.length > 0) {
      const saved = encodeSaved(this.committedStateVector);
      for (const connection of acknowledge) connection.send(saved);
    }
  }

  /** Sends the committed state vector to one connection (after its own sync step 2, say). */
  acknowledgeSaved(connection: Connection): void {
    this.afterCommitted(() => connection.send(encodeSaved(this.committedStateVector)));
  }

  private readonly handleAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (isConnection(origin)) origin.trackAwareness(change.added, change.removed);
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwareness(update);
    for (const connection of this.connections) connection.send(frame);
    if (origin !== REMOTE) this.fanout.publish(this.name, { kind: 'awareness', update });
  };

  private maybeScheduleCompaction(): void {
    if (this.compactionTimer) return;
    if (this.logCount <= this.compaction.maxLogCount && this.logBytes <= this.compaction.maxLogBytes) return;
    this.compactionTimer = setTimeout(() => {
      this.compactionTimer = null;
      void this.compact();
    }, this.compaction.delayMs);
  }

  /** Folds the log into a snapshot, ordered after every commit queued so far. */
  compact(): Promise<void> {
    const run = this.chain.then(async () => {
      if (this.failed) return;
      const result = await this.store.compact(this.name, this.liveStateIsComplete ? () => Y.encodeStateAsUpdate(this.doc) : mergeWithGarbageCollection);
      this.logCount = Math.max(0, this.logCount - result.foldedUpdates);
      this.logBytes = this.logCount === 0 ? 0 : this.logBytes;
    });
    this.chain = run.catch((error: unknown) => {
      // A failed compaction loses nothing: the log is still there. Try again later.
      console.error(`compaction of ${this.name} failed`, error);
    });
    return this.chain;
  }

  /** Closes every connection with a code; the document stays usable until destroyed. */
  closeConnections(code: number, reason: string): void {
    for (const connection of [...this.connections]) connection.close(code, reason);
  }

  destroy(): void {
    if (this.compactionTimer) clearTimeout(this.compactionTimer);
    this.compactionTimer = null;
    this.closeConnections(CloseCode.serverShuttingDown, 'document unloaded');
    this.unsubscribe();
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    // Awareness runs an interval timer: destroying it prevents timers piling up per document.
    this.awareness.destroy();
    this.doc.destroy();
  }

  get needsCompaction(): boolean {
    return this.logCount > 0 && (this.logCount > this.compaction.maxLogCount || this.logBytes > this.compaction.maxLogBytes);
  }
}

function mergeBatch(batch: PendingUpdate[]): Uint8Array {
  return batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((entry) => entry.update));
}

/** Loads the parts into a fresh document so garbage collection drops deleted content. */
function mergeWithGarbageCollection(parts: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Y.mergeUpdates(parts));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

function isConnection(value: unknown): value is Connection {
  return typeof value === 'object' && value !== null && (value as { isCollabConnection?: unknown }).isCollabConnection === true;
}
