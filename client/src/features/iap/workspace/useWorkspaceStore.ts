import { useState, useSyncExternalStore } from 'react';
import { createWorkspaceStore, type WorkspaceState, type WorkspaceStore } from './workspaceStore';

/** One store per mounted workspace, and its state, live. */
export function useWorkspaceStore(): [WorkspaceState, WorkspaceStore] {
  const [store] = useState(createWorkspaceStore);
  return [useSyncExternalStore(store.subscribe, store.getState), store];
}
