import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/react';
import type { Awareness } from 'y-protocols/awareness';
import { isIapSectionId, type IapSectionId } from '@iap/shared';
import { readSections, sectionAt } from '../schema/readSections';

/** The awareness field that says which section a person's cursor is in. */
export const SECTION_AWARENESS_FIELD = 'section';

export interface PersonInSection {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
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
      const user = state.user as { name?: unknown; color?: unknown } | undefined;
      if (!isIapSectionId(section) || typeof user?.name !== 'string') continue;
      const person = { clientId, name: user.name, color: typeof user.color === 'string' ? user.color : 'gray', isSelf: clientId === awareness.clientID };
      bySection.set(section, [...(bySection.get(section) ?? []), person]);
    }
    // Caret moves inside a section change awareness too; keep the same map while nobody moved section.
    const key = JSON.stringify([...bySection]);
    if (cache.current?.key !== key) cache.current = { key, value: bySection };
    return cache.current.value;
  }, [awareness]);
  return useSyncExternalStore(subscribe, read);
}
