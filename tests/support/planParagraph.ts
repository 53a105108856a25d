import * as Y from 'yjs';
import { IAP_YDOC } from '@iap/shared';

/**
 * Writes a paragraph at the start of the plan's first section (after its heading): the kind of
 * edit every IAP accepts from a client whose role may write.
 */
export function writeParagraph(holder: { doc: Y.Doc }, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  holder.doc.getXmlFragment(IAP_YDOC.text).insert(1, [paragraph]);
}

/** The plan's text as XML, to look for what was written. */
export const planText = (holder: { doc: Y.Doc }): string => holder.doc.getXmlFragment(IAP_YDOC.text).toString();
