import * as z from 'zod/mini';
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

const text = z.catch(z.string(), '');
/** A value that does not fit reads as null (the item is then dropped or the field left unset). */
function orNull<T extends z.core.SomeType>(schema: T) {
  return z.catch(z.nullable(schema), null);
}

const optionalId = orNull(z.string().check(z.minLength(1)));
const amount = orNull(z.number());

/** An array whose bad items are dropped one by one instead of losing the whole list. */
function lenientArray<T>(item: z.ZodMiniType<T | null>) {
  return z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((values) => values.map((value) => item.parse(value)).filter((value): value is T => value !== null)),
  );
}

const storedIndicator: z.ZodMiniType<Indicator | null> = orNull(
  z.object({
    id: z.string().check(z.minLength(1)),
    name: text,
    baseline: text,
    target: text,
    source: text,
    frequency: orNull(z.enum(INDICATOR_FREQUENCIES)),
  }),
);

const storedAction: z.ZodMiniType<Action | null> = orNull(
  z.object({
    id: z.string().check(z.minLength(1)),
    title: text,
    objectiveId: optionalId,
    description: text,
    leadOrganisation: text,
    partners: lenientArray(orNull(z.string().check(z.minLength(1)))),
    start: orNull(z.iso.date()),
    end: orNull(z.iso.date()),
    estimatedCost: amount,
    fundingSources: lenientArray(
      orNull(
        z.object({
          source: text,
          amount: z.catch(z.number(), 0),
          status: z.catch(z.enum(FUNDING_STATUSES), 'to_find'),
        }),
      ),
    ),
    outputs: text,
    resultIndicators: lenientArray(storedIndicator),
    risks: lenientArray(orNull(z.object({ risk: text, mitigation: text }))),
    status: z.catch(z.enum(ACTION_STATUSES), 'proposed'),
  }),
);

const storedObjective: z.ZodMiniType<Objective | null> = orNull(
  z.object({
    id: z.string().check(z.minLength(1)),
    title: text,
    description: text,
    indicators: lenientArray(storedIndicator),
  }),
);

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
