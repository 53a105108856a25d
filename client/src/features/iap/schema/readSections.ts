import type { Node as PMNode } from '@tiptap/pm/model';
import { IAP_NODE, isIapSectionId, type IapSectionId } from '@iap/shared';

export interface SectionInDoc {
  id: IapSectionId;
  /** Position of the section heading. */
  pos: number;
  /** Position just after the section's last block. */
  end: number;
  /** Characters of the section's own text, each block trimmed (the server counts the same). */
  textLength: number;
}

/** The sections of an IAP editor document, in document order: each runs from its heading to the next. */
export function readSections(doc: PMNode): SectionInDoc[] {
  const sections: SectionInDoc[] = [];
  let current: SectionInDoc | null = null;
  doc.forEach((block, offset) => {
    if (block.type.name === IAP_NODE.sectionHeading) {
      const id: unknown = block.attrs.sectionId;
      current = isIapSectionId(id) ? { id, pos: offset, end: offset + block.nodeSize, textLength: 0 } : null;
      if (current) sections.push(current);
      return;
    }
    if (!current) return;
    current.end = offset + block.nodeSize;
    current.textLength += block.textContent.trim().length;
  });
  return sections;
}

/** The section that contains `pos`, or null before the first heading. */
export function sectionAt(sections: readonly SectionInDoc[], pos: number): IapSectionId | null {
  let found: IapSectionId | null = null;
  for (const section of sections) {
    if (section.pos <= pos) found = section.id;
    else break;
  }
  return found;
}
