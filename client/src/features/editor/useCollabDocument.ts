import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { holdSession, peekSession, subscribeSessions } from './collabSessions';
import type { CollabSession } from './CollabSession';

/**
 * The live session of document `name` (Y.Doc, provider, save status), or null on the first
 * render. The socket opens when the component mounts and closes when the last user of the
 * document unmounts.
 */
export function useCollabDocument(name: string): CollabSession | null {
  useEffect(() => holdSession(name), [name]);
  const read = useCallback(() => peekSession(name), [name]);
  return useSyncExternalStore(subscribeSessions, read);
}
