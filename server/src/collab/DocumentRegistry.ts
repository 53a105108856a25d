import { CloseCode } from '@iap/shared';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { CollabDocument, type CollabLog, type CompactionPolicy } from './CollabDocument.js';
import { OPEN_DOCUMENT_MODEL, type DocumentModel } from './DocumentModel.js';
import type { DocumentFanout, FanoutMessage } from './fanout.js';

export interface DocumentRegistryOptions {
  store: DocumentStore;
  /** How other server instances hear of changes; `singleInstance` for one process. */
  fanout: DocumentFanout;
  compaction: CompactionPolicy;
  /** How long a document with no connection stays in memory before it is unloaded. */
  unloadDelayMs: number;
  /**
   * The content a document starts from when it has never been stored, or null for empty.
   * Seeding happens here, on the server, once: clients never seed (hocuspocus #509).
   */
  initialContent?: (name: string) => Uint8Array | null;
  /** What a document of this name may hold; defaults to any root and element, bounded depth. */
  documentModel?: (name: string) => DocumentModel;
  /** Client updates that would take a document past this encoded size are refused. */
  maxDocumentBytes: number;
  log: CollabLog;
  /** Called after each commit of a document's local changes. */
  onCommitted?: (document: CollabDocument) => void;
  /** With several instances: how often an open document reads what others committed. */
  resyncIntervalMs?: number;
}

/**
 * The open documents of this process. Loading is single-flight (two sockets opening the
 * same document share one load), and unloading happens only when the document has no
 * connection and no commit in flight, re-checked after the last commit settles.
 */
export class DocumentRegistry {
  private readonly documents = new Map<string, Promise<CollabDocument>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Documents a caller is attaching to right now: never unloaded under its feet. */
  private readonly attaching = new Map<string, number>();

  constructor(private readonly options: DocumentRegistryOptions) {}

  get openCount(): number {
    return this.documents.size;
  }

  /** The loaded document, loading (and seeding) it if needed. Cancels a pending unload. */
  open(name: string): Promise<CollabDocument> {
    this.cancelUnload(name);
    let loading = this.documents.get(name);
    if (!loading) {
      loading = this.load(name);
      this.documents.set(name, loading);
      // A failed load must not stay cached: the next open tries again.
      loading.catch(() => this.documents.delete(name));
    }
    return loading;
  }

  /**
   * Opens the document and runs `attach` before any unload can slip in between
   * (the updates-lost-on-reconnect race of hocuspocus #971).
   */
  async attach<T>(name: string, attach: (document: CollabDocument) => T): Promise<T> {
    this.attaching.set(name, (this.attaching.get(name) ?? 0) + 1);
    try {
      return attach(await this.open(name));
    } finally {
      const left = (this.attaching.get(name) ?? 1) - 1;
      if (left === 0) this.attaching.delete(name);
      else this.attaching.set(name, left);
    }
  }

  /** Open documents that are already loaded (for access changes and shutdown). */
  async loaded(): Promise<CollabDocument[]> {
    const settled = await Promise.allSettled(this.documents.values());
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  private async load(name: string): Promise<CollabDocument> {
    const { fanout } = this.options;
    // Listen before reading the store: what another instance commits meanwhile is replayed.
    const missed: FanoutMessage[] = [];
    const stopBuffering = fanout.subscribe(name, (message) => missed.push(message));
    try {
      const document = await this.loadFromStore(name);
      for (const message of missed) document.receiveRemote(message);
      return document;
    } finally {
      stopBuffering();
    }
  }

  private async loadFromStore(name: string): Promise<CollabDocument> {
    const { store, fanout } = this.options;
    let stored = await store.load(name);
    if (!stored) {
      const initial = this.options.initialContent?.(name) ?? null;
      if (initial) {
        stored = await store.seed(name, initial);
      } else {
        stored = { updates: [], seq: 0, logCount: 0, logBytes: 0 };
      }
    }
    return new CollabDocument({
      name,
      store,
      stored,
      fanout,
      compaction: this.options.compaction,
      model: this.options.documentModel?.(name) ?? OPEN_DOCUMENT_MODEL,
      maxDocumentBytes: this.options.maxDocumentBytes,
      log: this.options.log,
      onFailure: (document, error) => this.handleFailure(document, error),
      ...(this.options.onCommitted ? { onCommitted: this.options.onCommitted } : {}),
      ...(this.options.resyncIntervalMs ? { resyncIntervalMs: this.options.resyncIntervalMs } : {}),
    });
  }

  /** Called when a connection leaves; unloads the document later if nobody came back. */
  release(document: CollabDocument): void {
    if (document.connections.size > 0 || this.unloadTimers.has(document.name)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(document.name);
      void this.unload(document);
    }, this.options.unloadDelayMs);
    timer.unref();
    this.unloadTimers.set(document.name, timer);
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private async unload(document: CollabDocument): Promise<void> {
    await document.drain();
    if (document.needsCompaction) await document.compact();
    // A client may have connected while we waited; then the document stays.
    const name = document.name;
    if (document.connections.size > 0 || this.unloadTimers.has(name) || this.attaching.has(name)) return;
    this.documents.delete(document.name);
    document.destroy();
  }

  /**
   * A commit failed, or the document broke inside a flush or an apply: the in-memory document
   * may hold changes that are not durable. Drop it without saving, and let clients reconnect
   * (45xx) and resend what they have; the next open loads what the store committed.
   */
  private handleFailure(document: CollabDocument, error: unknown): void {
    this.options.log.error({ err: error, document: document.name }, 'document failed; dropped from memory');
    this.documents.delete(document.name);
    this.cancelUnload(document.name);
    document.closeConnections(CloseCode.storageUnavailable, 'storage unavailable, retrying');
    document.destroy();
  }

  /** Commits everything in flight, compacts, closes every socket and forgets every document. */
  async shutdown(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const documents = await this.loaded();
    for (const document of documents) {
      await document.drain();
      if (document.needsCompaction) await document.compact();
      document.closeConnections(CloseCode.serverShuttingDown, 'server restarting');
      document.destroy();
    }
    this.documents.clear();
  }
}
