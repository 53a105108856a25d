import { useEffect } from 'react';
import type { Identity } from '../identity/Identity';
import type { CollabSession } from './CollabSession';

/** Publishes who this client is to everyone in the document (presence list and caret label). */
export function useAwarenessUser(session: CollabSession | null, user: Identity | null): void {
  useEffect(() => {
    if (!session || !user) return;
    session.provider.awareness.setLocalStateField('user', { name: user.name, color: user.color });
  }, [session, user]);
}
