import * as Y from 'yjs';
import { IAP_NODE, IAP_YDOC, readPlanSnapshot, type IapPlanSnapshot } from '@iap/shared';
import { planArray, planBlocks, textOf } from './planText.js';

export { textOf };

/**
 * Reads the plan data of an IAP document for the logic check: the text length of each
 * section (walking the top-level blocks, a section running from its heading to the next),
 * and the actions and objectives, read leniently (see shared storedPlan.ts).
 */
export function planSnapshotOf(doc: Y.Doc): IapPlanSnapshot {
  const sections: { id: string; textLength: number }[] = [];
  for (const sectionId of sectionIdsOf(doc)) sections.push({ id: sectionId, textLength: 0 });
  for (const { sectionId, block } of planBlocks(doc)) {
    const section = sectionId === null ? undefined : sections.findLast((candidate) => candidate.id === sectionId);
    // Trimmed per block: the client counts `textContent.trim()`.
    if (section) section.textLength += textOf(block).trim().length;
  }
  return readPlanSnapshot({
    sections,
    actions: planArray(doc, IAP_YDOC.actions),
    objectives: planArray(doc, IAP_YDOC.objectives),
  });
}

/** Section ids in heading order (a heading with no block after it still counts). */
function sectionIdsOf(doc: Y.Doc): string[] {
  const ids: string[] = [];
  for (const block of doc.getXmlFragment(IAP_YDOC.text).toArray()) {
    if (block instanceof Y.XmlElement && block.nodeName === IAP_NODE.sectionHeading) ids.push(String(block.getAttribute('sectionId')));
  }
  return ids;
}
