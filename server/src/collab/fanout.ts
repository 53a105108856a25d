/**
 * How one server instance tells the others about a document's changes, so that several
 * instances behind a load balancer serve the same document. The collab core only talks to
 * this interface; a Redis implementation slots in beside the single-instance default.
 *
 * Contract for implementations: deliver each message to every *other* instance that
 * subscribed to the document, in publish order per document, at least once (Yjs updates are
 * idempotent). Updates are published only after they are committed to the shared store, so
 * an instance may show a received update at once.
 */
export interface DocumentFanout {
  publish(documentName: string, message: FanoutMessage): void;
  /** Starts delivering the document's messages to `listener`; returns the unsubscribe. */
  subscribe(documentName: string, listener: (message: FanoutMessage) => void): () => void;
}

export type FanoutMessage =
  /** A committed Yjs update. */
  | { kind: 'update'; update: Uint8Array }
  /** A y-protocols awareness update (presence is never stored). */
  | { kind: 'awareness'; update: Uint8Array };

/** One server process: nobody else to tell. */
export const singleInstance: DocumentFanout = {
  publish: () => undefined,
  subscribe: () => () => undefined,
};
