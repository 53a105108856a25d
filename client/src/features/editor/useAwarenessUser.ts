import { useEffect } from 'react';
import type { Identity } from '../identity/Identity';
import type { CollabSession } from './CollabSession';

/** What each client publishes about its person in the awareness field `user`. */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
  /** True for someone who may only read: the others see "Viewing", not "Writing". */
  viewing: boolean;
}

/** Publishes who this client is to everyone in the document (presence list and caret label). */
export function useAwarenessUser(session: CollabSession | null, user: Identity | null, viewing: boolean): void {
  useEffect(() => {
    if (!session || !user) return;
    const published: AwarenessUser = { id: user.id, name: user.name, color: user.color, viewing };
    session.provider.awareness.setLocalStateField('user', published);
  }, [session, user, viewing]);
}

/** Reads another client's `user` field leniently: a stock client may publish less, or nothing. */
export function readAwarenessUser(state: Record<string, unknown>): Partial<AwarenessUser> {
  const user = state.user as Record<string, unknown> | undefined;
  return {
    id: typeof user?.id === 'string' ? user.id : undefined,
    name: typeof user?.name === 'string' ? user.name : undefined,
    color: typeof user?.color === 'string' ? user.color : undefined,
    viewing: user?.viewing === true,
  };
}
