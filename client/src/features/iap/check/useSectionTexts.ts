import { useLayoutEffect } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import type { IapSectionId } from '@iap/shared';
import { planReadModelStore, type SectionText } from '../plan/planReadModel';
import { readSections } from '../schema/readSections';

interface SectionTexts {
  sections: SectionText[];
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
 * Reads the section text lengths from the editor and hands them to the plan's read model, which
 * recomputes the logic check only when one of them changed. Returns where each section heading
 * is, for the outline's jumps.
 */
export function useSectionTexts(editor: Editor, doc: Y.Doc): Map<IapSectionId, number> {
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
  // Before paint, so the outline never shows a check of texts the editor no longer holds.
  useLayoutEffect(() => planReadModelStore(doc).setSectionTexts(texts.sections), [doc, texts.sections]);
  return texts.positions;
}
