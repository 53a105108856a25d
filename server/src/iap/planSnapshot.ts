import * as Y from 'yjs';
import { IAP_NODE, IAP_YDOC, readPlanSnapshot, type IapPlanSnapshot } from '@iap/shared';

/**
 * Reads the plan data of an IAP document for the logic check: the text length of each
 * section (walking the top-level blocks, a section running from its heading to the next),
 * and the actions and objectives, read leniently (see shared storedPlan.ts).
 */
export function planSnapshotOf(doc: Y.Doc): IapPlanSnapshot {
  const sections: { id: string; textLength: number }[] = [];
  let current: { id: string; textLength: number } | null = null;
  for (const block of doc.getXmlFragment(IAP_YDOC.text).toArray()) {
    if (block instanceof Y.XmlElement && block.nodeName === IAP_NODE.sectionHeading) {
      current = { id: String(block.getAttribute('sectionId')), textLength: 0 };
      sections.push(current);
    } else if (current) {
      current.textLength += textLengthOf(block);
    }
  }
  return readPlanSnapshot({
    sections,
    actions: doc.getArray(IAP_YDOC.actions).toJSON(),
    objectives: doc.getArray(IAP_YDOC.objectives).toJSON(),
  });
}

/** Characters of text in a top-level block, trimmed (the client counts `textContent.trim()`). */
function textLengthOf(block: Y.XmlElement | Y.XmlText | Y.XmlHook): number {
  return textOf(block).trim().length;
}

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  }
  if (node instanceof Y.XmlElement) return node.toArray().map(textOf).join('');
  return '';
}
