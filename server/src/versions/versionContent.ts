import * as Y from 'yjs';
import { IAP_YDOC } from '@iap/shared';

/** A document rebuilt from a version's chain (its full state, then each delta), in one transaction. */
export function docFromChain(chain: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const part of chain) Y.applyUpdate(doc, part);
  });
  return doc;
}

/** The live document as a standalone copy (for diffs against `current`). */
export function copyOf(live: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(live));
  return doc;
}

const REACH_LIVE = Symbol('reach the live state');

/**
 * The update that turns the live document back into `version`'s content, as one forward
 * change ("git revert"): a scratch copy of the version is brought up to the live state while
 * an UndoManager records that step, then the step is undone. Only what differs is rewritten,
 * so text both share keeps its identity (comment anchors on it hold), and everything made
 * since the version stays in the history.
 */
export function restoreUpdate(live: Y.Doc, version: Y.Doc): Uint8Array {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(version));
    const scope = [scratch.getXmlFragment(IAP_YDOC.text), scratch.getArray(IAP_YDOC.actions), scratch.getArray(IAP_YDOC.objectives)];
    const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([REACH_LIVE]), captureTimeout: Number.POSITIVE_INFINITY });
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(live, Y.encodeStateVector(scratch)), REACH_LIVE);
    const liveState = Y.encodeStateVector(scratch);
    undo.undo();
    undo.destroy();
    return Y.encodeStateAsUpdate(scratch, liveState);
  } finally {
    scratch.destroy();
  }
}
