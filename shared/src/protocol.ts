/**
 * Wire-level constants of the collaboration endpoint. The message types 0-3 are
 * y-websocket's own; ours start at 100 so they never collide with a future stock type.
 * See docs/PROTOCOL.md.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/** Server -> client: the state vector that is committed to the database. */
export const MESSAGE_SAVED = 100;
/**
 * Server -> client: the comment threads of this document changed; refetch them. Payload:
 * the id of the thread that changed (varString). Sent only to clients that asked (ack=1).
 */
export const MESSAGE_COMMENTS_CHANGED = 101;

/**
 * Both ways, no payload: our web client's heartbeat. The client sends it every 1.5 s and the
 * server answers at once (not after pending commits), so a silent connection shows as lost
 * within seconds. Sent and answered only with `ack=1`; far cheaper than a sync step 1, whose
 * answer carries the document's whole delete set. Once a connection has sent one, the server
 * too judges its silence within seconds (a ping after 4 s, dropped without a pong in 3 s).
 */
export const MESSAGE_HEARTBEAT = 102;

/** A client opts in to MESSAGE_SAVED with this URL parameter (stock clients never see it). */
export const SAVED_ACK_PARAM = 'ack';

/** Path of the collaboration endpoint; the document name follows it. */
export const COLLAB_PATH = '/collab';

/**
 * Close codes. 44xx are permanent for the stock y-websocket client (it stops
 * reconnecting); 45xx make it retry with backoff.
 */
export const CloseCode = {
  /** ws' own code when a frame exceeds maxPayload. */
  messageTooBig: 1009,
  badMessage: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  badDocumentName: 4422,
  serverShuttingDown: 4503,
  storageUnavailable: 4504,
} as const;

/** Document names: safe for URLs and storage keys. */
export const DOCUMENT_NAME_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,127}$/i;
