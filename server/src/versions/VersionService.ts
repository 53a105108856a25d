import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { ErrorCode, versionKindOf, versionLabelOf, type VersionDiff, type VersionKind, type VersionOrigin } from '@iap/shared';
import { isoAt, type Clock } from '../clock.js';
import type { CollabDocument } from '../collab/CollabDocument.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import { AppError } from '../errors.js';
import type { VersionRecord, VersionStore } from '../storage/VersionStore.js';
import { diffPlans } from './versionDiff.js';
import { copyOf, docFromChain, restoreUpdate } from './versionContent.js';

export interface VersionPolicy {
  /** An automatic version is taken once editing has paused this long... */
  pauseMs: number;
  /** ...or after this long of continuous editing. */
  maxIntervalMs: number;
  /** Every this many versions a full state is stored, so rebuilding one applies a bounded chain. */
  fullStateEvery: number;
}

export const DEFAULT_VERSION_POLICY: VersionPolicy = { pauseMs: 60_000, maxIntervalMs: 10 * 60_000, fullStateEvery: 20 };

export interface CaptureRequest {
  kind: VersionKind;
  label?: string | null;
  authorId?: string | null;
}

interface PendingAuto {
  timer: NodeJS.Timeout;
  firstChangeAt: number;
}

/**
 * Versions of documents: taken automatically after a pause in editing, and on request
 * (named, at a state change, around a restore, at a workshop). A version holds only committed
 * content, is stored as a delta from the previous one where that is smaller (docs/IAP-MODEL.md),
 * and lives apart from the update log, so compaction never touches history.
 */
export class VersionService {
  private readonly pendingAuto = new Map<string, PendingAuto>();

  constructor(
    private readonly store: VersionStore,
    private readonly registry: DocumentRegistry,
    private readonly clock: Clock,
    private readonly policy: VersionPolicy,
    private readonly log: { error: (obj: object, msg: string) => void },
    /** Which documents get automatic versions (the city plans). */
    private readonly versioned: (name: string) => boolean,
  ) {}

  list(name: string): Promise<VersionRecord[]> {
    return this.store.list(name);
  }

  /** Called after each commit: (re)starts the pause timer of the document. */
  scheduleAuto(document: CollabDocument): void {
    const name = document.name;
    if (!this.versioned(name)) return;
    const now = this.clock();
    const pending = this.pendingAuto.get(name);
    if (pending) clearTimeout(pending.timer);
    const firstChangeAt = pending?.firstChangeAt ?? now;
    const wait = Math.max(0, Math.min(this.policy.pauseMs, firstChangeAt + this.policy.maxIntervalMs - now));
    const timer = setTimeout(() => {
      this.pendingAuto.delete(name);
      this.capture(name, { kind: 'auto' }).catch((error: unknown) => this.log.error({ err: error, document: name }, 'automatic version failed'));
    }, wait);
    timer.unref();
    this.pendingAuto.set(name, { timer, firstChangeAt });
  }

  /** Takes what is pending now (shutdown, tests) instead of waiting for the pause. */
  async flushAuto(): Promise<void> {
    const names = [...this.pendingAuto.keys()];
    for (const name of names) {
      clearTimeout(this.pendingAuto.get(name)!.timer);
      this.pendingAuto.delete(name);
      await this.capture(name, { kind: 'auto' });
    }
  }

  stop(): void {
    for (const pending of this.pendingAuto.values()) clearTimeout(pending.timer);
    this.pendingAuto.clear();
  }

  /**
   * Records the committed content of `name` as a version. An automatic version is skipped when
   * nothing changed since the latest one (its snapshot, state vector and deletions, is equal).
   */
  async capture(name: string, request: CaptureRequest): Promise<VersionRecord | null> {
    const latest = await this.store.latest(name);
    const content = await this.withDocument(name, (document) =>
      document.readCommitted((doc) => {
        const snapshot = Y.encodeSnapshot(Y.snapshot(doc));
        if (request.kind === 'auto' && latest && Buffer.compare(Buffer.from(snapshot), Buffer.from(latest.snapshot)) === 0) return null;
        const delta = latest !== null && latest.chainLength < this.policy.fullStateEvery;
        const base = delta ? Y.encodeStateVector(Y.decodeSnapshot(latest.snapshot).sv) : undefined;
        return { snapshot, data: Y.encodeStateAsUpdate(doc, base), baseId: delta ? latest.id : null, chainLength: delta ? latest.chainLength + 1 : 1 };
      }),
    );
    if (!content) return null;
    return this.store.insert({
      id: randomUUID(),
      name,
      kind: request.kind,
      label: request.label ?? null,
      authorId: request.authorId ?? null,
      createdAt: isoAt(this.clock()),
      ...content,
    });
  }

  /**
   * Records a version the server takes by itself (a state change, around a restore, at a
   * workshop), labelled so that the History panel words it in each reader's language
   * (shared/src/versionLabels.ts).
   */
  captureBecause(name: string, origin: VersionOrigin, authorId: string | null): Promise<VersionRecord | null> {
    return this.capture(name, { kind: versionKindOf(origin), label: versionLabelOf(origin), authorId });
  }

  /** The version `id` of document `name`; 404 for a version of another document. */
  async get(name: string, id: string): Promise<VersionRecord> {
    const version = await this.store.find(id);
    if (!version || version.name !== name) throw new AppError(ErrorCode.notFound, 'No such version of this document', 'id');
    return version;
  }

  /** What changed from version `id` to `against` (another version of the same document, or `current`). */
  async diff(name: string, id: string, against: string): Promise<VersionDiff> {
    await this.get(name, id);
    if (against !== 'current') await this.get(name, against).catch(() => {
      throw new AppError(ErrorCode.notFound, 'No such version of this document', 'against');
    });
    const from = docFromChain(await this.store.loadChain(id));
    const to = against === 'current' ? await this.withDocument(name, (document) => document.readCommitted(copyOf)) : docFromChain(await this.store.loadChain(against));
    try {
      return diffPlans(from, to);
    } finally {
      from.destroy();
      to.destroy();
    }
  }

  /**
   * Brings the content of version `id` back as a new change on top of the live document, through
   * the normal commit-before-broadcast path: everyone connected sees it, and nothing in between
   * is lost (the state before the restore is itself a version).
   */
  async restore(name: string, id: string, authorId: string): Promise<VersionRecord> {
    const version = await this.get(name, id);
    const label = version.label ?? version.createdAt;
    await this.captureBecause(name, { event: 'beforeRestore', of: label }, authorId);
    const restored = docFromChain(await this.store.loadChain(id));
    try {
      await this.withDocument(name, async (document) => {
        const update = await document.readCommitted((live) => restoreUpdate(live, restored));
        await document.applyServerUpdate(update);
      });
    } finally {
      restored.destroy();
    }
    const after = await this.captureBecause(name, { event: 'restored', of: label }, authorId);
    if (!after) throw new Error('the restored version could not be recorded');
    return after;
  }

  /** Opens the document for a moment without pinning it in memory. */
  private async withDocument<T>(name: string, use: (document: CollabDocument) => Promise<T>): Promise<T> {
    let opened: CollabDocument | null = null;
    const pending = await this.registry.attach(name, (document) => {
      opened = document;
      return use(document);
    });
    try {
      return await pending;
    } finally {
      if (opened) this.registry.release(opened);
    }
  }
}
