import { dashboardCitySchema } from '@iap/shared';
import * as z from 'zod/mini';
import type { PlanFigures } from './planFigures.js';

/**
 * Stored figures are read back through the dashboard's own schema (both engines): a row that
 * does not parse is treated as absent and computed again.
 */
const storedFiguresSchema = z.pick(dashboardCitySchema, {
  completeness: true,
  sections: true,
  flags: true,
  actions: true,
  totalCost: true,
  secured: true,
  likely: true,
  toFind: true,
  fundingGap: true,
});

/** The figures of a stored row, or null when it no longer parses. */
export function parseStoredFigures(json: string): PlanFigures | null {
  try {
    return storedFiguresSchema.parse(JSON.parse(json));
  } catch {
    return null;
  }
}

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
