import * as Y from 'yjs';
import {
  IAP_YDOC,
  readStoredAction,
  readStoredObjective,
  type Action,
  type Objective,
} from '@iap/shared';

export interface PlanData {
  actions: Action[];
  objectives: Objective[];
}

export function actionsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions);
}

export function objectivesArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(IAP_YDOC.objectives);
}

/** Reads the structured plan leniently: a bad value from another client never breaks the page. */
export function readPlanData(doc: Y.Doc): PlanData {
  const read = <T>(array: Y.Array<Y.Map<unknown>>, parse: (value: unknown) => T | null): T[] =>
    array
      .toArray()
      .map((item: unknown) => parse(item instanceof Y.Map ? item.toJSON() : null))
      .filter((item): item is T => item !== null);
  return { actions: read(actionsArray(doc), readStoredAction), objectives: read(objectivesArray(doc), readStoredObjective) };
}

/**
 * A subscribable snapshot of the plan data per document, so every view (tables, timeline,
 * budget, outline) reads the same arrays and re-renders only when the data changed.
 */
class PlanDataStore {
  private snapshot: PlanData;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly doc: Y.Doc) {
    this.snapshot = readPlanData(doc);
  }

  readonly getSnapshot = (): PlanData => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      // Changes made while nobody listened were not observed.
      this.snapshot = readPlanData(this.doc);
      actionsArray(this.doc).observeDeep(this.refresh);
      objectivesArray(this.doc).observeDeep(this.refresh);
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      actionsArray(this.doc).unobserveDeep(this.refresh);
      objectivesArray(this.doc).unobserveDeep(this.refresh);
    };
  };

  private readonly refresh = (): void => {
    this.snapshot = readPlanData(this.doc);
    for (const listener of this.listeners) listener();
  };
}

const stores = new WeakMap<Y.Doc, PlanDataStore>();

export function planDataStore(doc: Y.Doc): PlanDataStore {
  let store = stores.get(doc);
  if (!store) {
    store = new PlanDataStore(doc);
    stores.set(doc, store);
  }
  return store;
}
