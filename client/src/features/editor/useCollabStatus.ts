import { useSyncExternalStore } from 'react';
import type { CollabSession, CollabStatus } from './CollabSession';

/** The session's connection and save state, re-rendering when it changes. */
export function useCollabStatus(session: CollabSession): CollabStatus {
  return useSyncExternalStore(session.subscribeStatus, session.getStatus);
}
