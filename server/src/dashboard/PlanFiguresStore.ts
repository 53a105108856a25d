import type { PlanFigures } from './planFigures.js';

/** A plan's figures as they were when the document's commits stopped at `seq`. */
export interface StoredPlanFigures {
  seq: number;
  figures: PlanFigures;
}

/**
 * Where the dashboard's read model lives (docs/ARCHITECTURE.md): figures computed from a
 * plan's committed state, keyed by the sequence number they include. A cache checked against
 * the document store before each use, never a source of truth.
 */
export interface PlanFiguresStore {
  /** The figures remembered for `name` by this version of the figures' code, or null. */
  find(name: string): Promise<StoredPlanFigures | null>;
  /** Remembers figures unless newer ones (a higher seq) are stored already. */
  save(name: string, stored: StoredPlanFigures): Promise<void>;
}
