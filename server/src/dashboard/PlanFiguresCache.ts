import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { planFiguresOf, type PlanFigures } from './planFigures.js';

interface Remembered {
  /** The store's sequence number the figures were read at. */
  seq: number;
  figures: PlanFigures;
}

/**
 * The figures of each plan, remembered with the sequence number of the last commit they
 * include. Before a remembered entry is used the store is asked what was committed after that
 * number (`loadSince`): anything at all and the plan is read again from its document, so the
 * figures are never older than the last commit. What this saves is the decoding of unchanged
 * 1 MB plans on every dashboard load (bench/README.md, "Network dashboard").
 */
export class PlanFiguresCache {
  private readonly remembered = new Map<string, Remembered>();

  constructor(
    private readonly registry: DocumentRegistry,
    private readonly store: Pick<DocumentStore, 'loadSince'>,
  ) {}

  async figuresOf(name: string): Promise<PlanFigures> {
    const known = this.remembered.get(name);
    if (known && (await this.store.loadSince(name, known.seq)).updates.length === 0) return known.figures;
    let opened: Parameters<DocumentRegistry['release']>[0] | null = null;
    try {
      const fresh = await this.registry.attach(name, (document) => {
        opened = document;
        // Read in one synchronous step with the number of the last commit it includes.
        return { seq: document.committedSeq, figures: planFiguresOf(document.doc) };
      });
      this.remembered.set(name, fresh);
      return fresh.figures;
    } finally {
      // Opening for a read must not pin the document in memory: unload it later if nobody is on it.
      if (opened) this.registry.release(opened);
    }
  }
}
