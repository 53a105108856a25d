import { documentKindOf } from '../documents/documentKinds.js';
import type { CollabDocument } from '../collab/CollabDocument.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { planFiguresOf, type PlanFigures } from './planFigures.js';
import type { PlanFiguresStore, StoredPlanFigures } from './PlanFiguresStore.js';

/** `seq`: the store's sequence number of the last commit the figures include. */
type Remembered = StoredPlanFigures;

/** A burst of typing refreshes a plan's figures once, this long after its first commit. */
const REFRESH_DELAY_MS = 2_000;

/**
 * The figures of each plan, remembered with the sequence number of the last commit they
 * include, in memory and in the read model (`PlanFiguresStore`) so that a restart does not
 * decode every plan again. Before a remembered entry is used the store is asked what was
 * committed after that number (`loadSince`): anything at all and the plan is read again from
 * its document, so the figures are never older than the last commit. They are only ever
 * computed from committed content (`readCommitted`), so a remembered seq never stands for an
 * update a crash could lose. The commit path keeps them in step (`noteCommitted`): shortly
 * after a plan changes, its figures are read again from the document while it is still open,
 * so the dashboard seldom has to decode a closed 1 MB plan (bench/README.md, "Network dashboard").
 */
export class PlanFiguresCache {
  private readonly remembered = new Map<string, Remembered>();
  private readonly refreshTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly registry: DocumentRegistry,
    private readonly store: Pick<DocumentStore, 'loadSince'>,
    private readonly persisted: PlanFiguresStore,
    private readonly log: { warn: (obj: object, msg: string) => void },
  ) {}

  async figuresOf(name: string): Promise<PlanFigures> {
    const known = this.remembered.get(name) ?? (await this.recall(name));
    if (known && !(await this.changedSince(name, known.seq))) return known.figures;
    let opened: CollabDocument | null = null;
    try {
      return await this.registry.attach(name, (document) => {
        opened = document;
        return this.remember(document);
      });
    } finally {
      // Opening for a read must not pin the document in memory: unload it later if nobody is on it.
      if (opened) this.registry.release(opened);
    }
  }

  /** Called after each commit of any document: a plan's figures are read again soon after. */
  noteCommitted(document: CollabDocument): void {
    const name = document.name;
    if (documentKindOf(name)?.kind !== 'iap' || this.refreshTimers.has(name)) return;
    const timer = setTimeout(() => {
      this.refreshTimers.delete(name);
      this.refreshIfOpen(document).catch((error: unknown) => this.log.warn({ err: error, document: name }, 'dashboard figures not refreshed'));
    }, REFRESH_DELAY_MS);
    timer.unref();
    this.refreshTimers.set(name, timer);
  }

  /**
   * Whether anything was committed to `name` after `seq`: an open plan knows from its own
   * committed sequence number (with several instances, as soon as it has heard of the others'
   * commits: a message or its periodic resync); only a closed one costs a read of the store,
   * which loads every update since `seq` just to count them.
   */
  private async changedSince(name: string, seq: number): Promise<boolean> {
    const open = (await this.registry.loaded()).find((document) => document.name === name && !document.hasFailed);
    if (open) return open.committedSeq > seq;
    return (await this.store.loadSince(name, seq)).updates.length > 0;
  }

  stop(): void {
    for (const timer of this.refreshTimers.values()) clearTimeout(timer);
    this.refreshTimers.clear();
  }

  /** Never reopens a plan that was unloaded meanwhile: the next read decodes it if it must. */
  private async refreshIfOpen(document: CollabDocument): Promise<void> {
    if (document.hasFailed || !(await this.registry.loaded()).includes(document)) return;
    await this.remember(document);
  }

  /** The read model's entry, after a restart (or when another read of this instance forgot it). */
  private async recall(name: string): Promise<Remembered | null> {
    const stored = await this.persisted.find(name).catch((error: unknown) => {
      this.log.warn({ err: error, document: name }, 'dashboard figures not read back');
      return null;
    });
    if (stored) this.remembered.set(name, stored);
    return stored;
  }

  /**
   * Reads once everything in memory is committed, in one synchronous step, with the number of
   * the last commit the document holds; then keeps the result in memory and in the read model.
   */
  private async remember(document: CollabDocument): Promise<PlanFigures> {
    const fresh = await document.readCommitted((doc) => ({ seq: document.committedSeq, figures: planFiguresOf(doc) }));
    this.remembered.set(document.name, fresh);
    // Not saved is only slower later: the next read after a restart computes it again.
    await this.persisted.save(document.name, fresh).catch((error: unknown) => this.log.warn({ err: error, document: document.name }, 'dashboard figures not saved'));
    return fresh.figures;
  }
}
