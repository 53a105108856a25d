import * as Y from 'yjs';
import { IAP_NODE, IAP_YDOC } from '@iap/shared';
import { DEFAULT_MAX_DEPTH } from '../collab/DocumentModel.js';

type Block = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** One top-level block of the plan's text and the section it is in (null before the first heading). */
export interface PlanBlock {
  sectionId: string | null;
  block: Block;
}

/** The top-level blocks of the plan, each with its section: a section runs from its heading to the next. */
export function planBlocks(doc: Y.Doc): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  let sectionId: string | null = null;
  for (const block of doc.getXmlFragment(IAP_YDOC.text).toArray()) {
    if (block instanceof Y.XmlElement && block.nodeName === IAP_NODE.sectionHeading) {
      sectionId = String(block.getAttribute('sectionId'));
      continue;
    }
    blocks.push({ sectionId, block });
  }
  return blocks;
}

/** The text of each section in document order, its blocks separated by line breaks. */
export function sectionTexts(doc: Y.Doc): { sectionId: string | null; text: string }[] {
  const sections: { sectionId: string | null; text: string }[] = [];
  for (const { sectionId, block } of planBlocks(doc)) {
    const text = textOf(block);
    const last = sections.at(-1);
    if (last && last.sectionId === sectionId) last.text += text === '' ? '' : (last.text === '' ? '' : '\n') + text;
    else sections.push({ sectionId, text });
  }
  return sections;
}

/**
 * The text of a block, walked with an explicit stack: a document stored before nesting was
 * bounded could hold an element thousands deep, and recursion would overflow on it.
 */
export function textOf(root: Block): string {
  const parts: string[] = [];
  const stack: Block[] = [root];
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

/** A root array of the plan (`actions`, `objectives`) as plain data, nested types past the model's depth read as null. */
export function planArray(doc: Y.Doc, root: typeof IAP_YDOC.actions | typeof IAP_YDOC.objectives): unknown[] {
  return boundedJson(doc.getArray(root), 0) as unknown[];
}

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
