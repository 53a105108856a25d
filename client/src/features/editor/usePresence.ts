import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { CollabSession } from './CollabSession';
import { readAwarenessUser } from './useAwarenessUser';

export interface PresentPerson {
  clientId: number;
  name: string | null;
  color: string | null;
  isSelf: boolean;
  viewing: boolean;
}

/** Everyone whose presence (awareness) is in the document, this client first; one entry per person. */
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

/**
 * One entry per person: a person with the document open in two tabs has two clients but is
 * counted once (as "you" when one of them is this tab, and as writing when either may write).
 */
export function readPeople(states: Map<number, Record<string, unknown>>, selfId: number): PresentPerson[] {
  const byPerson = new Map<string, PresentPerson>();
  for (const [clientId, state] of states) {
    const user = readAwarenessUser(state);
    const person: PresentPerson = {
      clientId,
      name: user.name ?? null,
      color: user.color ?? null,
      isSelf: clientId === selfId,
      viewing: user.viewing ?? false,
    };
    // A client that does not say who it is (a stock client) stands for itself.
    const key = user.id ?? `client:${clientId}`;
    const known = byPerson.get(key);
    if (!known) {
      byPerson.set(key, person);
      continue;
    }
    const kept = person.isSelf || (!known.isSelf && clientId < known.clientId) ? person : known;
    byPerson.set(key, { ...kept, isSelf: known.isSelf || person.isSelf, viewing: known.viewing && person.viewing });
  }
  return [...byPerson.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}
