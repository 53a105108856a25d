import * as Y from 'yjs';
import {
  EDITOR_NODE_NAMES,
  IAP_NODE,
  IAP_SECTION_BLOCKS,
  IAP_SECTION_HEADING_LEVEL,
  IAP_SECTION_IDS,
  IAP_YDOC,
} from '@iap/shared';
import { DEFAULT_MAX_DEPTH, type DocumentModel } from '../collab/DocumentModel.js';

/**
 * The first state of a city's IAP: for each of the nine sections, its protected heading,
 * an empty paragraph to write in (the client shows the section's guidance there), then the
 * section's table or derived view. The `actions` and `objectives` arrays start empty;
 * a top-level Y.Array exists as soon as a client names it, so nothing is written for them.
 *
 * Node names and attributes are the ones the client's Tiptap schema registers (shared
 * IAP_NODE): an element the schema cannot hold would be deleted by y-tiptap for everyone.
 */
export function buildIapTemplate(): Uint8Array {
  const doc = new Y.Doc();
  try {
    const fragment = doc.getXmlFragment(IAP_YDOC.text);
    doc.transact(() => {
      for (const sectionId of IAP_SECTION_IDS) {
        const heading = new Y.XmlElement<{ sectionId: string; level: number }>(IAP_NODE.sectionHeading);
        heading.setAttribute('sectionId', sectionId);
        heading.setAttribute('level', IAP_SECTION_HEADING_LEVEL);
        const blocks = IAP_SECTION_BLOCKS[sectionId].map((name) => new Y.XmlElement(name));
        // Yjs types children as string-attributed elements; ProseMirror attrs keep their JSON type.
        const headingElement = heading as unknown as Y.XmlElement;
        fragment.push([headingElement, new Y.XmlElement(IAP_NODE.paragraph), ...blocks]);
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * What an IAP document may hold: only what the editor's schema holds, in its three root types
 * (docs/IAP-MODEL.md), nested no deeper than the bound every document has.
 */
export const IAP_DOCUMENT_MODEL: DocumentModel = {
  allowedElements: EDITOR_NODE_NAMES,
  allowedRoots: new Set(Object.values(IAP_YDOC)),
  maxDepth: DEFAULT_MAX_DEPTH,
};
