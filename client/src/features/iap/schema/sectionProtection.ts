import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { IAP_NODE, IAP_PROTECTED_NODES } from '@iap/shared';

const PROTECTED = new Set<string>(IAP_PROTECTED_NODES);

/** One key per protected node: headings by section, blocks by name. Counted, so duplicates show too. */
function protectedNodes(doc: PMNode): Map<string, number> {
  const counts = new Map<string, number>();
  doc.descendants((node) => {
    if (!PROTECTED.has(node.type.name)) return true;
    const key = node.type.name === IAP_NODE.sectionHeading ? `${node.type.name}:${String(node.attrs.sectionId)}` : node.type.name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // Protected nodes are atoms: nothing to look for inside.
    return false;
  });
  return counts;
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, count] of a) if (b.get(key) !== count) return false;
  return true;
}

/**
 * Refuses any local edit that removes, duplicates or adds a section heading or one of the
 * plan's tables and views: deleting across a section boundary or pasting a heading does
 * nothing. Changes that come from Yjs (other people, undo of remote state, the first sync)
 * always pass, or this editor would stop matching the shared document.
 */
export function sectionProtectionPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('iapSectionProtection'),
    filterTransaction: (tr, state) => {
      if (!tr.docChanged || tr.getMeta(ySyncPluginKey)) return true;
      return sameCounts(protectedNodes(state.doc), protectedNodes(tr.doc));
    },
  });
}

export const SectionProtection = Extension.create({
  name: 'iapSectionProtection',

  addProseMirrorPlugins() {
    return [sectionProtectionPlugin()];
  },
});
