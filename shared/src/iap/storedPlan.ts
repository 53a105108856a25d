import { z } from 'zod';
import { ACTION_STATUSES, FUNDING_STATUSES, type Action } from './actions.js';
import { INDICATOR_FREQUENCIES, type Indicator } from './indicators.js';
import type { Objective } from './objectives.js';
import { IAP_SECTION_IDS, isIapSectionId, type IapSectionId } from './sections.js';

/*
 * What a Yjs document holds is whatever some client wrote: the server cannot validate a
 * CRDT update field by field. These readers therefore accept anything and keep what fits,
 * field by field, so a plan with a bad value still renders and the logic check can flag
 * values the action card would have refused (a negative cost, an end before the start).
 */

const text = z.string().catch('');
const optionalId = z.string().min(1).nullable().catch(null);
const amount = z.number().finite().nullable().catch(null);

/** An array whose bad items are dropped one by one instead of losing the whole list. */
function lenientArray<T>(item: z.ZodType<T | null>) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((values) => values.map((value) => item.parse(value)).filter((value): value is T => value !== null));
}

const storedIndicator: z.ZodType<Indicator | null> = z
  .object({
    id: z.string().min(1),
    name: text,
    baseline: text,
    target: text,
    source: text,
    frequency: z.enum(INDICATOR_FREQUENCIES).nullable().catch(null),
  })
  .nullable()
  .catch(null);

const storedAction: z.ZodType<Action | null> = z
  .object({
    id: z.string().min(1),
    title: text,
    objectiveId: optionalId,
    description: text,
    leadOrganisation: text,
    partners: lenientArray(z.string().min(1).nullable().catch(null)),
    start: z.iso.date().nullable().catch(null),
    end: z.iso.date().nullable().catch(null),
    estimatedCost: amount,
    fundingSources: lenientArray(
      z
        .object({
          source: text,
          amount: z.number().finite().catch(0),
          status: z.enum(FUNDING_STATUSES).catch('to_find'),
        })
        .nullable()
        .catch(null),
    ),
    outputs: text,
    resultIndicators: lenientArray(storedIndicator),
    risks: lenientArray(z.object({ risk: text, mitigation: text }).nullable().catch(null)),
    status: z.enum(ACTION_STATUSES).catch('proposed'),
  })
  .nullable()
  .catch(null);

const storedObjective: z.ZodType<Objective | null> = z
  .object({
    id: z.string().min(1),
    title: text,
    description: text,
    indicators: lenientArray(storedIndicator),
  })
  .nullable()
  .catch(null);

/** The plain data the logic check and the derived views read. */
export interface IapPlanSnapshot {
  /** Sections in document order with the length of their own text (headings excluded). */
  sections: { id: IapSectionId; textLength: number }[];
  actions: Action[];
  objectives: Objective[];
}

/** Reads an action from a Y.Map's JSON; null when it has no usable id. */
export function readStoredAction(value: unknown): Action | null {
  return storedAction.parse(value);
}

/** Reads an objective from a Y.Map's JSON; null when it has no usable id. */
export function readStoredObjective(value: unknown): Objective | null {
  return storedObjective.parse(value);
}

/**
 * Builds a snapshot from the raw JSON of a document: `actions` and `objectives` are the
 * `toJSON()` of the Y.Arrays, `sections` the text lengths counted by the caller's walk
 * of the rich text. Unknown section ids and items without an id are left out.
 */
export function readPlanSnapshot(raw: {
  sections: { id: string; textLength: number }[];
  actions: unknown[];
  objectives: unknown[];
}): IapPlanSnapshot {
  return {
    sections: raw.sections.flatMap((section) =>
      isIapSectionId(section.id) ? [{ id: section.id, textLength: section.textLength }] : [],
    ),
    actions: raw.actions.map(readStoredAction).filter((action): action is Action => action !== null),
    objectives: raw.objectives.map(readStoredObjective).filter((objective): objective is Objective => objective !== null),
  };
}

/** An empty snapshot with every section present, for a document not loaded yet. */
export function emptyPlanSnapshot(): IapPlanSnapshot {
  return { sections: IAP_SECTION_IDS.map((id) => ({ id, textLength: 0 })), actions: [], objectives: [] };
}
