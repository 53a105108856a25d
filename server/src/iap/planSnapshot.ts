import * as Y from 'yjs';
import { IAP_NODE, IAP_YDOC, readPlanSnapshot, type IapPlanSnapshot } from '@iap/shared';
import { DEFAULT_MAX_DEPTH } from '../collab/DocumentModel.js';

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
    actions: boundedJson(doc.getArray(IAP_YDOC.actions), 0) as unknown[],
    objectives: boundedJson(doc.getArray(IAP_YDOC.objectives), 0) as unknown[],
  });
}

/** Characters of text in a top-level block, trimmed (the client counts `textContent.trim()`). */
function textLengthOf(block: Y.XmlElement | Y.XmlText | Y.XmlHook): number {
  return textOf(block).trim().length;
}

/**
 * The plain text of a block, walked with an explicit stack: a document stored before nesting was
 * bounded could hold an element thousands deep, and recursion would overflow on it.
 */
export function textOf(root: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  const parts: string[] = [];
  const stack: (Y.XmlElement | Y.XmlText | Y.XmlHook)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') parts.push(op.insert);
    } else if (node instanceof Y.XmlElement) {
      const children = node.toArray();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}

/** Like `toJSON`, but nested types deeper than the model allows read as null instead of recursing on. */
function boundedJson(value: unknown, depth: number): unknown {
  if (depth > DEFAULT_MAX_DEPTH) return null;
  if (value instanceof Y.Array) return value.toArray().map((item) => boundedJson(item, depth + 1));
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of value.entries()) out[key] = boundedJson(item, depth + 1);
    return out;
  }
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.AbstractType) return null;
  return value;
}
