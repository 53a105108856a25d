import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { IAP_NODE, IAP_SECTION_HEADING_LEVEL } from '@iap/shared';

/** The first heading level inside a section: its title is an h2. */
const FIRST_LEVEL_IN_SECTION = IAP_SECTION_HEADING_LEVEL + 1;
const DEEPEST_LEVEL = 6;

function isPlan(doc: PMNode): boolean {
  let found = false;
  doc.forEach((block) => {
    if (block.type.name === IAP_NODE.sectionHeading) found = true;
  });
  return found;
}

function shallowestHeading(fragment: Fragment): number | null {
  let shallowest: number | null = null;
  fragment.descendants((node) => {
    if (node.type.name !== 'heading') return true;
    const level = Number(node.attrs.level);
    shallowest = shallowest === null ? level : Math.min(shallowest, level);
    return false;
  });
  return shallowest;
}

function lowerHeadings(fragment: Fragment, by: number): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    if (node.type.name === 'heading') {
      const level = Math.min(DEEPEST_LEVEL, Number(node.attrs.level) + by);
      nodes.push(node.type.create({ ...node.attrs, level }, node.content, node.marks));
    } else {
      nodes.push(node.copy(lowerHeadings(node.content, by)));
    }
  });
  return Fragment.fromArray(nodes);
}

/**
 * A pasted H1 or H2 in a plan would look like a section title without being one (the outline,
 * the logic check and the exports know only the nine protected headings). Pasted headings are
 * moved below the section level, all by the same step so their own hierarchy survives.
 */
export function lowerPastedHeadings(slice: Slice, doc: PMNode): Slice {
  if (!isPlan(doc)) return slice;
  const shallowest = shallowestHeading(slice.content);
  if (shallowest === null || shallowest >= FIRST_LEVEL_IN_SECTION) return slice;
  return new Slice(lowerHeadings(slice.content, FIRST_LEVEL_IN_SECTION - shallowest), slice.openStart, slice.openEnd);
}

export const PastedHeadings = Extension.create({
  name: 'iapPastedHeadings',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('iapPastedHeadings'),
        props: { transformPasted: (slice, view) => lowerPastedHeadings(slice, view.state.doc) },
      }),
    ];
  },
});
