import { useSyncExternalStore } from 'react';
import type { CollabSession } from './CollabSession';
import { deriveSaveStatus, type SaveStatus } from './saveStatus';

export function useSaveStatus(session: CollabSession): SaveStatus {
  return deriveSaveStatus(useSyncExternalStore(session.subscribeStatus, session.getStatus));
}
