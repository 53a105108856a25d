import * as Y from 'yjs';
import { ACTION_FIELDS, IAP_NODE, IAP_YDOC, OBJECTIVE_FIELDS, type IapSectionId } from '@iap/shared';
import type { DemoBlock, DemoPlan } from './demoPlans/DemoPlan.js';

/**
 * The one update that turns a city's committed plan (the template) into its demo plan: the
 * section texts, then the objectives and actions as one Y.Map per item, one key per field,
 * exactly as the editor and the action card write them (docs/IAP-MODEL.md).
 */
export function demoPlanUpdate(committed: Uint8Array, plan: DemoPlan): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, committed);
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      const fragment = doc.getXmlFragment(IAP_YDOC.text);
      for (const [sectionId, blocks] of Object.entries(plan.sections) as [IapSectionId, DemoBlock[]][]) {
        writeSection(fragment, sectionId, blocks);
      }
      doc.getArray<Y.Map<unknown>>(IAP_YDOC.objectives).push(plan.objectives.map((objective) => itemMap(objective, OBJECTIVE_FIELDS)));
      doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push(plan.actions.map((action) => itemMap(action, ACTION_FIELDS)));
    });
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}

function itemMap<T extends object>(item: T, fields: readonly (keyof T & string)[]): Y.Map<unknown> {
  return new Y.Map<unknown>(fields.map((field) => [field, item[field]] as const));
}

/** Replaces the empty paragraph the template leaves under a section heading with the blocks. */
function writeSection(fragment: Y.XmlFragment, sectionId: IapSectionId, blocks: readonly DemoBlock[]): void {
  const children = fragment.toArray();
  const headingIndex = children.findIndex(
    (child) => child instanceof Y.XmlElement && child.nodeName === IAP_NODE.sectionHeading && child.getAttribute('sectionId') === sectionId,
  );
  if (headingIndex < 0) throw new Error(`the plan has no heading for section ${sectionId}`);
  const at = headingIndex + 1;
  const next = children[at];
  if (next instanceof Y.XmlElement && next.nodeName === IAP_NODE.paragraph && next.length === 0) fragment.delete(at, 1);
  blocks.forEach((block, offset) => insertBlock(fragment, at + offset, block));
}

// Elements are integrated first and filled after, so every child lands in the document's own store.
function insertBlock(parent: Y.XmlFragment | Y.XmlElement, index: number, block: DemoBlock): void {
  if ('paragraph' in block) {
    insertTextElement(parent, index, new Y.XmlElement(IAP_NODE.paragraph), block.paragraph);
  } else if ('subheading' in block) {
    const heading = new Y.XmlElement('heading');
    insertTextElement(parent, index, heading, block.subheading);
    // ProseMirror attrs keep their JSON type; Yjs types attributes as strings.
    heading.setAttribute('level', 3 as unknown as string);
  } else {
    const list = new Y.XmlElement('bulletList');
    parent.insert(index, [list]);
    block.bullets.forEach((text, itemIndex) => {
      const item = new Y.XmlElement('listItem');
      list.insert(itemIndex, [item]);
      insertTextElement(item, 0, new Y.XmlElement(IAP_NODE.paragraph), text);
    });
  }
}

function insertTextElement(parent: Y.XmlFragment | Y.XmlElement, index: number, element: Y.XmlElement, text: string): void {
  parent.insert(index, [element]);
  element.insert(0, [new Y.XmlText(text)]);
}
