import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { planDataStore, type PlanData } from './planData';

/** The actions and objectives of the plan, live. */
export function usePlanData(doc: Y.Doc): PlanData {
  const store = planDataStore(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
