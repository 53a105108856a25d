import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { IAP_NODE } from '@iap/shared';
import i18n from '../../../i18n';
import { sectionGuidanceKey } from '../sectionText';
import { readSections } from './readSections';

const guidanceKey = new PluginKey<DecorationSet>('iapSectionGuidance');

/** Shows the URBACT guidance of a section in its first paragraph while the section has no text. */
export function guidanceDecorations(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  for (const section of readSections(doc)) {
    if (section.textLength > 0) continue;
    const headingSize = doc.nodeAt(section.pos)?.nodeSize ?? 1;
    const first = doc.nodeAt(section.pos + headingSize);
    if (!first || first.type.name !== IAP_NODE.paragraph || first.content.size > 0) continue;
    decorations.push(
      Decoration.node(section.pos + headingSize, section.pos + headingSize + first.nodeSize, {
        class: 'iap-section-guidance',
        'data-guidance': i18n.t(sectionGuidanceKey(section.id)),
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Placeholders with each empty section's guidance; recomputed only when the document changes
 * or the reader's language does (a meta-only transaction: nothing is written or synced).
 */
export const SectionGuidance = Extension.create({
  name: 'iapSectionGuidance',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: guidanceKey,
        state: {
          init: (_config, state) => guidanceDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged || tr.getMeta(guidanceKey) ? guidanceDecorations(tr.doc) : previous),
        },
        view: (view) => {
          const retranslate = (): void => view.dispatch(view.state.tr.setMeta(guidanceKey, 'language').setMeta('addToHistory', false));
          i18n.on('languageChanged', retranslate);
          i18n.on('loaded', retranslate);
          return {
            destroy: () => {
              i18n.off('languageChanged', retranslate);
              i18n.off('loaded', retranslate);
            },
          };
        },
        props: {
          decorations: (state) => guidanceKey.getState(state),
        },
      }),
    ];
  },
});
