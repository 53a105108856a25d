import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { planReadModelStore, type PlanItems, type PlanReadModel } from './planReadModel';

/** The plan's read model (items and logic check), live: one computation per change, shared by every view. */
export function usePlanReadModel(doc: Y.Doc): PlanReadModel {
  const store = planReadModelStore(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Only the items (data, references, item flags): a view that shows no section re-renders when they change, not on typing. */
export function usePlanItems(doc: Y.Doc): PlanItems {
  const store = planReadModelStore(doc);
  return useSyncExternalStore(store.subscribe, store.getItems);
}
