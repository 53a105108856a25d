import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import type { Awareness } from 'y-protocols/awareness';
import { isIapSectionId, type IapSectionId } from '@iap/shared';
import { readAwarenessUser } from '../../editor/useAwarenessUser';
import { readSections, sectionAt } from '../schema/readSections';

/** The awareness field that says which section a person's cursor is in. */
export const SECTION_AWARENESS_FIELD = 'section';

export interface PersonInSection {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
  /** May only read: shown as viewing the section, not writing in it. */
  viewing: boolean;
  /** The account, when the client says (two tabs of one person count once). */
  userId: string | undefined;
}

/** Publishes the section this person's cursor is in, whenever it changes. */
export function usePublishSection(editor: Editor, awareness: Awareness): void {
  const last = useRef<IapSectionId | null>(null);
  useEffect(() => {
    const publish = (): void => {
      const section = sectionAt(readSections(editor.state.doc), editor.state.selection.from);
      if (section === last.current) return;
      last.current = section;
      awareness.setLocalStateField(SECTION_AWARENESS_FIELD, section);
    };
    publish();
    editor.on('selectionUpdate', publish);
    return () => {
      editor.off('selectionUpdate', publish);
    };
  }, [editor, awareness]);
}

/** Who is in which section, from everyone's awareness state. */
export function useSectionPresence(awareness: Awareness): ReadonlyMap<IapSectionId, PersonInSection[]> {
  const cache = useRef<{ key: string; value: Map<IapSectionId, PersonInSection[]> } | null>(null);
  const subscribe = useCallback(
    (listener: () => void) => {
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    [awareness],
  );
  const read = useCallback(() => {
    const bySection = new Map<IapSectionId, PersonInSection[]>();
    for (const [clientId, state] of awareness.getStates()) {
      const section: unknown = state[SECTION_AWARENESS_FIELD];
      const user = readAwarenessUser(state);
      if (!isIapSectionId(section) || user.name === undefined) continue;
      const person = { clientId, name: user.name, color: user.color ?? 'gray', isSelf: clientId === awareness.clientID, viewing: user.viewing ?? false };
      const here = bySection.get(section) ?? [];
      // Two tabs of one person in one section count once.
      if (user.id !== undefined && here.some((other) => other.userId === user.id)) continue;
      bySection.set(section, [...here, { ...person, userId: user.id }]);
    }
    // Caret moves inside a section change awareness too; keep the same map while nobody moved section.
    const key = JSON.stringify([...bySection]);
    if (cache.current?.key !== key) cache.current = { key, value: bySection };
    return cache.current.value;
  }, [awareness]);
  return useSyncExternalStore(subscribe, read);
}
