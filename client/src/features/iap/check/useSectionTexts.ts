import { useMemo } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import { checkPlanLogic, type IapSectionId, type LogicCheckResult } from '@iap/shared';
import { usePlanData } from '../plan/usePlanData';
import { readSections } from '../schema/readSections';

interface SectionTexts {
  sections: { id: IapSectionId; textLength: number }[];
  /** The headings present, for the outline (a heading removed by a raw Yjs client is missing). */
  positions: Map<IapSectionId, number>;
}

function sameTexts(a: SectionTexts | null, b: SectionTexts | null): boolean {
  if (!a || !b) return a === b;
  if (a.sections.length !== b.sections.length) return false;
  return a.sections.every((section, index) => {
    const other = b.sections[index];
    return other?.id === section.id && other.textLength === section.textLength && a.positions.get(section.id) === b.positions.get(section.id);
  });
}

/**
 * The plan logic check of the open document, live: section text lengths from the editor,
 * actions and objectives from the Y.Arrays. Recomputed only when one of them changed.
 */
export function usePlanCheck(editor: Editor, doc: Y.Doc): { check: LogicCheckResult; positions: Map<IapSectionId, number> } {
  const texts = useEditorState({
    editor,
    selector: ({ editor: current }): SectionTexts => {
      const sections = readSections(current.state.doc);
      return {
        sections: sections.map((section) => ({ id: section.id, textLength: section.textLength })),
        positions: new Map(sections.map((section) => [section.id, section.pos])),
      };
    },
    equalityFn: sameTexts,
  });
  const plan = usePlanData(doc);
  const check = useMemo(() => checkPlanLogic({ sections: texts.sections, ...plan }), [texts.sections, plan]);
  return { check, positions: texts.positions };
}
