import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode } from '@iap/shared';
import type { CommitResult, DocumentStore, StoredDocument } from '../storage/DocumentStore.js';
import { encodeAwareness, encodeSaved, encodeUpdate } from './messages.js';
import { broadcastCommitted, mergeBatch, type PendingUpdate } from './broadcastCommitted.js';
import { CompactionSchedule, type CompactionPolicy } from './CompactionSchedule.js';
import { DocumentSizeBudget } from './DocumentSizeBudget.js';

export type { CompactionPolicy };
import type { Connection } from './Connection.js';
import type { DocumentFanout, FanoutMessage } from './fanout.js';
import type { DocumentModel } from './DocumentModel.js';
import type { UpdateRefusal } from './updateGuard.js';

/** What a document logs through: the app's logger, never the console. */
export interface CollabLog {
  error: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
  info: (obj: object, msg: string) => void;
}


export interface CollabDocumentOptions {
  name: string;
  store: DocumentStore;
  /** What the store held when the document was loaded. */
  stored: StoredDocument;
  compaction: CompactionPolicy;
  fanout: DocumentFanout;
  /** What client updates may add: elements, roots, nesting depth. */
  model: DocumentModel;
  /** Largest encoded size the document may grow to through client updates. */
  maxDocumentBytes: number;
  log: CollabLog;
  /**
   * The document can no longer keep the commit-before-broadcast promise (a commit failed, an
   * update threw inside Yjs, a follow-up task failed): the registry drops it from memory and
   * closes its sockets with a retry code, so clients resend what was not committed.
   */
  onFailure: (doc: CollabDocument, error: unknown) => void;
  /** Called after each commit of local changes (to schedule automatic versions, say). */
  onCommitted?: (doc: CollabDocument) => void;
  /**
   * With several instances: how often the document reads what others committed, whether or not
   * a message told it (a publisher that died between its commit and its publish tells nobody).
   */
  resyncIntervalMs?: number;
}

/** Origin of changes that came from another server instance: already committed there. */
const REMOTE = 'remote';
/** Origin of changes the server makes itself (restoring a version). */
const SERVER = 'server';

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
  private readonly connectionSet = new Set<Connection>();

  private pending: PendingUpdate[] = [];
  /** Updates applied in memory whose commit has not completed (pending or in a flush). */
  private uncommitted = 0;
  private flushScheduled = false;
  /** A commit is queued on the chain and has not started: it will take everything pending. */
  private commitQueued = false;
  /** Serialises commits and everything that must follow them, in order. */
  private chain: Promise<void> = Promise.resolve();
  private committedStateVector: Uint8Array;
  private readonly compaction: CompactionSchedule;
  private failed = false;
  private readonly size: DocumentSizeBudget;
  readonly name: string;
  readonly model: DocumentModel;
  private readonly store: DocumentStore;
  private readonly fanout: DocumentFanout;
  private readonly log: CollabLog;
  /**
   * True when no other instance writes this document, so the live Y.Doc holds every stored
   * update and compaction can encode it (~30 ms for 1 MB) instead of rebuilding a document from
   * the log (~300 ms, blocking every document of the process). With several instances a commit
   * of another instance may not have arrived yet, so compaction folds the stored log itself.
   */
  private readonly liveStateIsComplete: boolean;
  /** The highest committed sequence number this copy holds everything up to. */
  private lastSeq: number;
  private catchUpQueued = false;
  private readonly resyncTimer: NodeJS.Timeout | null;
  private readonly onFailure: (doc: CollabDocument, error: unknown) => void;
  private readonly onCommitted: ((doc: CollabDocument) => void) | undefined;
  private readonly unsubscribe: () => void;

  constructor(options: CollabDocumentOptions) {
    this.name = options.name;
    this.store = options.store;
    this.fanout = options.fanout;
    this.model = options.model;
    this.log = options.log;
    this.liveStateIsComplete = !options.fanout.crossInstance;
    this.onFailure = options.onFailure;
    this.onCommitted = options.onCommitted;
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
    this.compaction = new CompactionSchedule(options.compaction, stored.logCount, stored.logBytes, () => void this.compact());
    const storedBytes = stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
    this.size = new DocumentSizeBudget(storedBytes, options.maxDocumentBytes, () => Y.encodeStateAsUpdate(this.doc).byteLength);
    this.lastSeq = stored.seq;
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
    this.unsubscribe = this.fanout.subscribe(this.name, (message) => this.receiveRemote(message));
    const resyncMs = options.resyncIntervalMs ?? 10_000;
    this.resyncTimer = this.liveStateIsComplete ? null : setInterval(() => this.queueCatchUp(), resyncMs);
    this.resyncTimer?.unref();
  }

  /**
   * Applies a change another instance made (and, for updates, committed). An update whose
   * previous commit this copy has not seen reveals a gap (a lost or late message): the
   * document then reloads what it missed from the store, which is the truth.
   */
  receiveRemote(message: FanoutMessage): void {
    if (this.failed) return;
    try {
      if (message.kind === 'update') {
        if (message.seq <= this.lastSeq) return;
        this.applyCommitted(message.update);
        if (message.previousSeq > this.lastSeq) this.queueCatchUp();
        else this.lastSeq = message.seq;
      } else {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, REMOTE);
      }
    } catch (error) {
      this.fail(error);
    }
  }

  /** Applies an update that is already committed (by another instance): clients may see it at once. */
  private applyCommitted(update: Uint8Array): void {
    this.size.grow(update.byteLength);
    Y.applyUpdate(this.doc, update, REMOTE);
    this.assertTransactionClosed();
  }

  /** Records our own commit; a previous commit we never heard of is another gap. */
  private noteCommitted(commit: CommitResult): void {
    if (commit.previousSeq > this.lastSeq) this.queueCatchUp();
    else this.lastSeq = Math.max(this.lastSeq, commit.seq);
  }

  /** Loads what was committed since `lastSeq`, once, in order with the commits. */
  private queueCatchUp(): void {
    if (this.catchUpQueued) return;
    this.catchUpQueued = true;
    this.chain = this.chain.then(async () => {
      this.catchUpQueued = false;
      if (this.failed) return;
      try {
        const missed = await this.store.loadSince(this.name, this.lastSeq);
        for (const update of missed.updates) this.applyCommitted(update);
        this.lastSeq = Math.max(this.lastSeq, missed.seq);
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /** The committed sequence number this copy is complete up to (for tests and health). */
  get committedSeq(): number {
    return this.lastSeq;
  }

  get connections(): ReadonlySet<Connection> {
    return this.connectionSet;
  }

  /** A connection joins: it receives broadcasts from now on. */
  addConnection(connection: Connection): void {
    this.connectionSet.add(connection);
  }

  removeConnection(connection: Connection): void {
    this.connectionSet.delete(connection);
  }

  /** The connection that introduced an awareness client id, if it is still here. */
  awarenessOwner(clientId: number): Connection | null {
    for (const connection of this.connectionSet) if (connection.ownsAwarenessClient(clientId)) return connection;
    return null;
  }

  /** The clock of a client's current presence, if the document has heard of it. */
  awarenessClock(clientId: number): number | undefined {
    return this.awareness.meta.get(clientId)?.clock;
  }

  /** Refuses an update that would take the document past MAX_DOCUMENT_BYTES (DocumentSizeBudget). */
  checkSize(updateBytes: number): UpdateRefusal | null {
    return this.size.check(updateBytes);
  }

  /**
   * Applies a client's update (already checked against the model) in memory; it is committed
   * and broadcast by the next flush. If Yjs throws or leaves its transaction open, the memory
   * may hold what will never be committed: the sender is closed and the document fails.
   */
  applyClientUpdate(update: Uint8Array, origin: Connection): void {
    try {
      Y.applyUpdate(this.doc, update, origin);
      this.size.grow(update.byteLength);
      this.assertTransactionClosed();
    } catch (error) {
      origin.close(CloseCode.badMessage, 'update could not be applied');
      this.fail(error);
    }
  }

  /** A Yjs transaction left open swallows every later change without an update event. */
  private assertTransactionClosed(): void {
    if (this.doc._transaction !== null) throw new Error('Yjs left a transaction open');
  }

  /** Takes the document out of service; see `onFailure`. Idempotent. */
  fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure(this, error);
  }

  get hasFailed(): boolean {
    return this.failed;
  }

  /**
   * Runs `task` after every update applied so far is committed. Use it for anything that
   * reveals document state to a client (sync replies, acknowledgements).
   */
  afterCommitted(task: () => void): void {
    this.flushNow();
    this.chain = this.chain.then(() => {
      if (this.failed) return;
      try {
        task();
      } catch (error) {
        this.fail(error);
      }
    });
  }

  /**
   * Reads the document at a moment when everything in memory is committed (a version, an
   * export): never a state a crash could lose. Throws if the document failed meanwhile.
   */
  async readCommitted<T>(read: (doc: Y.Doc) => T): Promise<T> {
    for (;;) {
      await this.drain();
      if (this.failed) throw new Error(`document ${this.name} failed; try again`);
      // Checked and read in one synchronous step: no update can slip in between.
      if (this.uncommitted === 0) return read(this.doc);
    }
  }

  /**
   * Applies a change the server makes itself (a restore): it takes the same path as a
   * client's update, committed before anyone sees it. Resolves once it is committed.
   */
  async applyServerUpdate(update: Uint8Array): Promise<void> {
    if (this.failed) throw new Error(`document ${this.name} failed; try again`);
    Y.applyUpdate(this.doc, update, SERVER);
    this.assertTransactionClosed();
    await this.drain();
    if (this.failed) throw new Error(`document ${this.name} failed; the change was not saved`);
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
    this.pending.push({ update, origin: this.connectionSet.has(origin as Connection) ? (origin as Connection) : null });
    this.uncommitted++;
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // One commit per event-loop turn batches the messages that arrived together.
      setImmediate(() => this.flushNow());
    }
  };

  /**
   * Queues one commit of whatever is pending when it starts (a group commit): while a commit is
   * in flight, the updates of every later turn wait together for the next one instead of each
   * turn queueing a commit of its own behind it. With a store whose commit takes longer than a
   * turn (PostgreSQL over the network), per-turn commits would queue without bound.
   */
  private flushNow(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0 || this.commitQueued) return;
    this.commitQueued = true;
    this.chain = this.chain
      .then(async () => {
        this.commitQueued = false;
        if (this.failed) return;
        const batch = this.pending;
        this.pending = [];
        if (batch.length === 0) return;
        // Everything in memory now is in this batch or already committed.
        const stateVector = Y.encodeStateVector(this.doc);
        const commit = await this.store.appendUpdates(
          this.name,
          batch.map((entry) => entry.update),
        );
        this.committedStateVector = stateVector;
        this.uncommitted -= batch.length;
        const merged = mergeBatch(batch);
        broadcastCommitted(this.connectionSet, batch, merged, this.committedStateVector);
        this.fanout.publish(this.name, { kind: 'update', update: merged, seq: commit.seq, previousSeq: commit.previousSeq });
        this.noteCommitted(commit);
        this.onCommitted?.(this);
        this.compaction.recordAppended(batch.map((entry) => entry.update.byteLength));
      })
      .catch((error: unknown) => this.fail(error));
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
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwareness(update);
    for (const connection of this.connections) connection.send(frame);
    if (origin !== REMOTE) this.fanout.publish(this.name, { kind: 'awareness', update });
  };

  /** Folds the log into a snapshot, ordered after every commit queued so far. */
  compact(): Promise<void> {
    const run = this.chain.then(async () => {
      if (this.failed) return;
      const result = await this.store.compact(this.name, this.liveStateIsComplete ? () => Y.encodeStateAsUpdate(this.doc) : mergeWithGarbageCollection);
      const folded = this.compaction.recordFolded(result.foldedUpdates);
      if (this.liveStateIsComplete && folded) this.size.reset(result.snapshotBytes);
    });
    this.chain = run.catch((error: unknown) => {
      // A failed compaction loses nothing: the log is still there. Try again later.
      this.log.error({ err: error, document: this.name }, 'compaction failed');
    });
    return this.chain;
  }

  /** Closes every connection with a code; the document stays usable until destroyed. */
  closeConnections(code: number, reason: string): void {
    for (const connection of [...this.connectionSet]) connection.close(code, reason);
  }

  destroy(): void {
    if (this.resyncTimer) clearInterval(this.resyncTimer);
    this.compaction.stop();
    this.closeConnections(CloseCode.serverShuttingDown, 'document unloaded');
    this.unsubscribe();
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    // Awareness runs an interval timer: destroying it prevents timers piling up per document.
    this.awareness.destroy();
    this.doc.destroy();
  }

  get needsCompaction(): boolean {
    return this.compaction.needed;
  }
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
