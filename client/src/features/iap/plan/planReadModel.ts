import type * as Y from 'yjs';
import { actionReference, checkPlanLogic, type IapSectionId, type LogicCheckResult, type LogicFlag } from '@iap/shared';
import { planDataStore, type PlanData } from './planData';

/** A section's own text length, as the logic check weighs it (read from the editor). */
export interface SectionText {
  id: IapSectionId;
  textLength: number;
}

/**
 * The actions and objectives with their references and flags: what the plan's blocks (tables,
 * timeline, annex) read. It does not depend on the section texts, so typing leaves it as it is.
 */
export interface PlanItems extends PlanData {
  /** "A1", "O1": each action's and objective's reference by id, in plan order. */
  references: ReadonlyMap<string, string>;
  /** The flags that point at one action or objective, by its id. */
  flagsByItem: ReadonlyMap<string, LogicFlag[]>;
}

/**
 * What every view of the plan reads, derived once per change so that tables, timeline,
 * outline and comments agree: the items, and the logic check (completeness and flags of each
 * section and of the whole plan).
 */
export interface PlanReadModel {
  items: PlanItems;
  check: LogicCheckResult;
}

export { actionReference };
export const objectiveReference = (index: number): string => `O${index + 1}`;

/**
 * Runs the logic check once. `unchangedItems` are the previous items when only the section
 * texts changed: the flags of an item never depend on the text, so they are kept as they were.
 */
export function buildPlanReadModel(plan: PlanData, sections: readonly SectionText[], unchangedItems?: PlanItems): PlanReadModel {
  const check = checkPlanLogic({ sections: [...sections], ...plan });
  return { items: unchangedItems ?? buildItems(plan, check), check };
}

function buildItems(plan: PlanData, check: LogicCheckResult): PlanItems {
  const references = new Map<string, string>([
    ...plan.actions.map((action, index): [string, string] => [action.id, actionReference(index)]),
    ...plan.objectives.map((objective, index): [string, string] => [objective.id, objectiveReference(index)]),
  ]);
  const flagsByItem = new Map<string, LogicFlag[]>();
  for (const flag of check.flags) {
    if (!flag.itemId) continue;
    flagsByItem.set(flag.itemId, [...(flagsByItem.get(flag.itemId) ?? []), flag]);
  }
  return { ...plan, references, flagsByItem };
}

function sameSections(a: readonly SectionText[], b: readonly SectionText[]): boolean {
  return a.length === b.length && a.every((section, index) => b[index]?.id === section.id && b[index]?.textLength === section.textLength);
}

/**
 * The read model of one document, subscribable. Its inputs are the plan's Y.Arrays (through
 * planDataStore) and the section texts the workspace reads from the editor; a view that shows
 * no sections (a plan block) still gets the same references and item flags, which do not
 * depend on the text.
 */
class PlanReadModelStore {
  private sections: readonly SectionText[] = [];
  private snapshot: PlanReadModel;
  private plan: PlanData;
  private readonly listeners = new Set<() => void>();
  private unsubscribePlan: (() => void) | null = null;

  constructor(private readonly doc: Y.Doc) {
    this.plan = planDataStore(doc).getSnapshot();
    this.snapshot = buildPlanReadModel(this.plan, this.sections);
  }

  readonly getSnapshot = (): PlanReadModel => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      const plan = planDataStore(this.doc);
      this.unsubscribePlan = plan.subscribe(this.refresh);
      // Changes made while nobody listened were not observed.
      this.refresh();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.unsubscribePlan?.();
      this.unsubscribePlan = null;
    };
  };

  /** Published by the workspace when the editor's section texts change; equal texts change nothing. */
  setSectionTexts(sections: readonly SectionText[]): void {
    if (sameSections(this.sections, sections)) return;
    this.sections = sections;
    this.rebuild(this.snapshot.items);
  }

  readonly getItems = (): PlanItems => this.snapshot.items;

  private readonly refresh = (): void => {
    const plan = planDataStore(this.doc).getSnapshot();
    if (plan === this.plan) return;
    this.plan = plan;
    this.rebuild();
  };

  private rebuild(unchangedItems?: PlanItems): void {
    this.snapshot = buildPlanReadModel(this.plan, this.sections, unchangedItems);
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<Y.Doc, PlanReadModelStore>();

export function planReadModelStore(doc: Y.Doc): PlanReadModelStore {
  let store = stores.get(doc);
  if (!store) {
    store = new PlanReadModelStore(doc);
    stores.set(doc, store);
  }
  return store;
}
