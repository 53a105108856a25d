import * as Y from 'yjs';
import type { CommentAnchor } from '@iap/shared';

/** Base64 of a relative position, the way the client encodes a selection end. */
export function encodePosition(type: Y.Text, index: number): string {
  return Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, index))).toString('base64');
}

/** The absolute index a stored position resolves to now, or null when its type is gone. */
export function resolvePosition(doc: Y.Doc, encoded: string): { type: Y.AbstractType<unknown>; index: number } | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(Buffer.from(encoded, 'base64')), doc);
  return absolute ? { type: absolute.type, index: absolute.index } : null;
}

/** A text anchor over `[from, to)` of a Y.Text (or XmlText) of a throwaway document. */
export function someTextAnchor(quote = 'creative economy'): CommentAnchor {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, `Grow the ${quote} of the old town`);
  return { kind: 'text', start: encodePosition(text, 9), end: encodePosition(text, 9 + quote.length), quote };
}
