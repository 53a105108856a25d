import * as Y from 'yjs';
import { IAP_LIMITS, IAP_YDOC, newAction } from '@iap/shared';
import type { CollabDocument } from '../collab/CollabDocument.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';

/**
 * Appends a `proposed` action titled `title` to the plan's `actions` array, as one Y.Map with a
 * key per field (like the action card writes it). The change goes through the live document's
 * server path: committed to the update log before any connected client receives it.
 */
export async function addDraftAction(registry: DocumentRegistry, documentName: string, actionId: string, title: string, note: string): Promise<void> {
  const action = { ...newAction(actionId, title.slice(0, IAP_LIMITS.titleLength)), description: note };
  let opened: CollabDocument | null = null;
  try {
    await registry.attach(documentName, async (document) => {
      opened = document;
      const update = await document.readCommitted((live) => {
        // A scratch copy, so the live document only ever changes through applyServerUpdate.
        const scratch = new Y.Doc();
        try {
          Y.applyUpdate(scratch, Y.encodeStateAsUpdate(live));
          const before = Y.encodeStateVector(scratch);
          scratch.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push([new Y.Map<unknown>(Object.entries(action))]);
          return Y.encodeStateAsUpdate(scratch, before);
        } finally {
          scratch.destroy();
        }
      });
      await document.applyServerUpdate(update);
    });
  } finally {
    // Not pinned in memory once done: the registry unloads it after its delay if nobody is connected.
    if (opened) registry.release(opened);
  }
}
