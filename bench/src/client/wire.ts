import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-websocket message types (also Hocuspocus', after the document name). */
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const MESSAGE_QUERY_AWARENESS = 3;
/** Hocuspocus only: a sync message that must not trigger another sync step 1. */
const MESSAGE_SYNC_REPLY = 4;
/** Hocuspocus' auth sub-type carrying the client's token. */
const AUTH_TOKEN = 0;

/** y-protocols' sync sub-types. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export interface SyncMessage {
  subType: number;
  /** A state vector for step 1, an encoded update otherwise. */
  payload: Uint8Array;
}

/**
 * How a server frames the y-protocols messages. The bench talks to every server through
 * the same small client, so the client-side cost is the same for all of them.
 */
export interface WireProtocol {
  /** Frames to send as soon as the socket opens, before the sync. */
  hello(document: string): Uint8Array[];
  /** A frame to send now and then so the server does not close a silent socket, or null. */
  keepAlive(document: string): { frame: Uint8Array; intervalMs: number } | null;
  encodeSync(document: string, subType: number, payload: Uint8Array): Uint8Array;
  /** The sync message in a frame, or null for anything else (awareness, acks, auth). */
  decodeSync(frame: Uint8Array): SyncMessage | null;
}

/** y-websocket: one document per socket, named by the URL; messages carry no address. */
export const yWebsocketWire: WireProtocol = {
  hello: () => [],
  keepAlive: () => null,
  encodeSync: (_document, subType, payload) => encodeMessage(null, (encoder) => writeSync(encoder, subType, payload)),
  decodeSync: (frame) => readSync(decoding.createDecoder(frame)),
};

/**
 * Hocuspocus: every message starts with the document name; a client authenticates each
 * document before its sync is processed, and the server replies to each update with a
 * sync-status ack (ignored here).
 */
export const hocuspocusWire: WireProtocol = {
  hello: (document) =>
    [
      encodeMessage(document, (encoder) => {
        encoding.writeVarUint(encoder, MESSAGE_AUTH);
        encoding.writeVarUint(encoder, AUTH_TOKEN);
        encoding.writeVarString(encoder, '');
      }),
    ],
  // Hocuspocus closes a socket it has not heard from for 60 s; its provider's awareness
  // renewals keep it open. A query-awareness message is a no-op for the server.
  keepAlive: (document) => ({
    frame: encodeMessage(document, (encoder) => encoding.writeVarUint(encoder, MESSAGE_QUERY_AWARENESS)),
    intervalMs: 25_000,
  }),
  encodeSync: (document, subType, payload) => encodeMessage(document, (encoder) => writeSync(encoder, subType, payload)),
  decodeSync: (frame) => {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    return readSync(decoder);
  },
};

function encodeMessage(address: string | null, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (address !== null) encoding.writeVarString(encoder, address);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function writeSync(encoder: encoding.Encoder, subType: number, payload: Uint8Array): void {
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
}

function readSync(decoder: decoding.Decoder): SyncMessage | null {
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const subType = decoding.readVarUint(decoder);
  return { subType, payload: decoding.readVarUint8Array(decoder) };
}
