import { Node } from '@tiptap/core';
import { IAP_NODE, IAP_SECTION_HEADING_LEVEL } from '@iap/shared';
import i18n from '../../../i18n';
import { sectionHeadingDomId, sectionTitleKey } from '../sectionText';

/**
 * The heading that opens each IAP section. It holds no text: its title is a translation
 * (so one plan reads in each member's language), and it cannot be typed into, dragged or
 * deleted locally (see sectionProtection.ts).
 */
export const SectionHeading = Node.create({
  name: IAP_NODE.sectionHeading,
  group: 'block',
  atom: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    return {
      sectionId: { default: null },
      level: { default: IAP_SECTION_HEADING_LEVEL },
    };
  },

  // Never created from pasted HTML: a copied section heading pastes as an ordinary heading
  // (a second protected heading would be refused, and the whole paste with it).
  parseHTML() {
    return [];
  },

  renderHTML({ node }) {
    return ['h2', { 'data-iap-section': String(node.attrs.sectionId) }, i18n.t(sectionTitleKey(String(node.attrs.sectionId)))];
  },

  addNodeView() {
    return ({ node }) => {
      const heading = document.createElement('h2');
      heading.className = 'iap-section-heading';
      heading.contentEditable = 'false';
      let currentId = String(node.attrs.sectionId);
      const render = (sectionId: string): void => {
        currentId = sectionId;
        heading.id = sectionHeadingDomId(sectionId);
        heading.dataset.iapSection = sectionId;
        heading.textContent = i18n.t(sectionTitleKey(sectionId));
      };
      render(currentId);
      // The document does not change when the reader switches language (or the account's
      // language arrives after the editor opened), so the heading follows i18n itself.
      const retitle = (): void => render(currentId);
      i18n.on('languageChanged', retitle);
      i18n.on('loaded', retitle);
      return {
        dom: heading,
        update: (next) => {
          if (next.type.name !== IAP_NODE.sectionHeading) return false;
          render(String(next.attrs.sectionId));
          return true;
        },
        ignoreMutation: () => true,
        destroy: () => {
          i18n.off('languageChanged', retitle);
          i18n.off('loaded', retitle);
        },
      };
    };
  },
});
