import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '@iap/shared';

/** A y-protocols sync update frame carrying `update`. */
export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness frame with the given states, written by hand as a hostile client would. */
export function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, JSON.stringify(entry.state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/** An update that nests `depth` elements named `name` in the root fragment `default`, built without recursion. */
export function nestedElementsUpdate(depth: number, name = 'paragraph'): Uint8Array {
  const doc = new Y.Doc();
  let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment('default');
  for (let level = 0; level < depth; level++) {
    const element: Y.XmlElement = new Y.XmlElement(name);
    parent.insert(0, [element]);
    parent = element;
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
