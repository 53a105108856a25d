import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { CollabSession } from './CollabSession';

export interface PresentPerson {
  clientId: number;
  name: string | null;
  color: string | null;
  isSelf: boolean;
}

/** Everyone whose presence (awareness) is in the document, this client first. */
export function usePresence(session: CollabSession): PresentPerson[] {
  const { awareness } = session.provider;
  const cache = useRef<{ key: string; people: PresentPerson[] } | null>(null);

  const subscribe = useCallback(
    (listener: () => void) => {
      // 'change' fires when someone joins, leaves or changes state, not on the 15 s renewals.
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    [awareness],
  );

  const read = useCallback((): PresentPerson[] => {
    const people = readPeople(awareness.getStates(), awareness.clientID);
    // Caret moves change awareness too; keep the same array while the people are the same.
    const key = JSON.stringify(people);
    if (cache.current?.key !== key) cache.current = { key, people };
    return cache.current.people;
  }, [awareness]);

  return useSyncExternalStore(subscribe, read);
}

function readPeople(states: Map<number, Record<string, unknown>>, selfId: number): PresentPerson[] {
  const people: PresentPerson[] = [];
  for (const [clientId, state] of states) {
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    people.push({
      clientId,
      name: typeof user?.name === 'string' ? user.name : null,
      color: typeof user?.color === 'string' ? user.color : null,
      isSelf: clientId === selfId,
    });
  }
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}
