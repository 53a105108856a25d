import * as Y from 'yjs';
import type { Connection } from './Connection.js';
import { encodeSaved, encodeUpdate } from './messages.js';

/** An update applied in memory, waiting for its commit, and the connection it came from. */
export interface PendingUpdate {
  update: Uint8Array;
  origin: Connection | null;
}

/** One update holding every update of the batch. */
export function mergeBatch(batch: readonly PendingUpdate[]): Uint8Array {
  return batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((entry) => entry.update));
}

/**
 * Sends a committed batch to a document's connections. Call it only after the commit: a peer
 * must never see an update that a crash could lose. One frame per connection per batch (a frame
 * per update per socket dominated the fan-out profile); a writer gets the merge of the others'
 * updates, or nothing, and those that asked are told what is now saved.
 */
export function broadcastCommitted(
  connections: Iterable<Connection>,
  batch: readonly PendingUpdate[],
  merged: Uint8Array,
  committedStateVector: Uint8Array,
): void {
  const writers = new Set<Connection>();
  for (const entry of batch) if (entry.origin) writers.add(entry.origin);
  const frame = encodeUpdate(merged);
  for (const connection of connections) {
    if (!writers.has(connection)) {
      connection.send(frame);
      continue;
    }
    const others = batch.filter((entry) => entry.origin !== connection);
    if (others.length > 0) connection.send(encodeUpdate(mergeBatch(others)));
  }
  const acknowledge = [...writers].filter((connection) => connection.wantsSavedAck);
  if (acknowledge.length > 0) {
    const saved = encodeSaved(committedStateVector);
    for (const connection of acknowledge) connection.send(saved);
  }
}
