import type * as Y from 'yjs';
import type { CollabDocument } from '../collab/CollabDocument.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';

/**
 * Reads a plan through the collab registry, so the dashboard sees the live document (with
 * edits still on their way to disk) and never a second copy. `read` runs synchronously on the
 * document: no update can land halfway through.
 */
export async function readPlan<T>(registry: DocumentRegistry, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  let opened: CollabDocument | null = null;
  try {
    return await registry.attach(name, (document) => {
      opened = document;
      return read(document.doc);
    });
  } finally {
    // Opening for a read must not pin the document in memory: unload it later if nobody is on it.
    if (opened) registry.release(opened);
  }
}
