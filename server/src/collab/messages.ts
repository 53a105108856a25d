import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_COMMENTS_CHANGED, MESSAGE_HEARTBEAT, MESSAGE_QUERY_AWARENESS, MESSAGE_SAVED, MESSAGE_SYNC } from '@iap/shared';

/** y-protocols' sync sub-types. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** A decoded client message. Pure data: decoding never touches a document. */
export type IncomingMessage =
  | { type: 'syncStep1'; stateVector: Map<number, number> }
  | { type: 'syncStep2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; entries: AwarenessEntry[] }
  | { type: 'queryAwareness' }
  | { type: 'heartbeat' }
  | { type: 'auth' };

/** One client's presence in an awareness update: its state, or null when it left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
  /** Length of the state as sent, in UTF-16 units of its JSON. */
  stateLength: number;
}

/** Thrown for any frame that is not exactly one well-formed message. */
export class MalformedMessageError extends Error {}

/**
 * Decodes one frame. Throws MalformedMessageError for an unknown type, a truncated payload
 * or trailing bytes, so the caller can close the connection before anything is applied.
 */
export function decodeMessage(frame: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(frame);
  let message: IncomingMessage;
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const subType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        // Decoded here, not when the reply is computed later: a truncated state vector must
        // close this socket, never reject a promise outside the connection (issue 11).
        if (subType === SYNC_STEP_1) message = { type: 'syncStep1', stateVector: decodeStateVector(payload) };
        else if (subType === SYNC_STEP_2) message = { type: 'syncStep2', update: payload };
        else if (subType === SYNC_UPDATE) message = { type: 'update', update: payload };
        else throw new MalformedMessageError(`unknown sync message ${subType}`);
        break;
      }
      case MESSAGE_AWARENESS:
        message = { type: 'awareness', entries: decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)) };
        break;
      case MESSAGE_QUERY_AWARENESS:
        message = { type: 'queryAwareness' };
        break;
      case MESSAGE_HEARTBEAT:
        message = { type: 'heartbeat' };
        break;
      case MESSAGE_AUTH:
        // Clients have nothing to say in the auth channel; read and ignore the payload.
        decoding.readVarString(decoder);
        message = { type: 'auth' };
        break;
      default:
        throw new MalformedMessageError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError('truncated message');
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after message');
  return message;
}

/** A state vector that must be read whole, with nothing after it. */
function decodeStateVector(payload: Uint8Array): Map<number, number> {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  // Each entry takes at least two bytes: a count larger than that is a lie, not a big vector.
  if (count > payload.byteLength) throw new MalformedMessageError('malformed state vector');
  const stateVector = new Map<number, number>();
  for (let i = 0; i < count; i++) stateVector.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('malformed state vector');
  return stateVector;
}

/** y-protocols' awareness update, decoded completely so nothing is parsed after it is accepted. */
function decodeAwarenessUpdate(payload: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  if (count > payload.byteLength) throw new MalformedMessageError('malformed awareness update');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    let state: unknown;
    try {
      state = JSON.parse(json);
    } catch {
      throw new MalformedMessageError('awareness state is not JSON');
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new MalformedMessageError('awareness state is not an object');
    }
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null, stateLength: json.length });
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('malformed awareness update');
  return entries;
}

/** Encodes awareness entries the way y-protocols does (the states as given, JSON). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/** A state vector in Yjs' encoding, for `Y.encodeStateAsUpdate`. */
export function encodeStateVectorMap(stateVector: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, stateVector.size);
  for (const [client, clock] of stateVector) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

function encodeSync(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array => encodeSync(SYNC_STEP_1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => encodeSync(SYNC_STEP_2, update);
export const encodeUpdate = (update: Uint8Array): Uint8Array => encodeSync(SYNC_UPDATE, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** y-protocols' auth message: the stock client logs the reason of a permission-denied. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** Our "saved up to here": the state vector the database holds. Sent only to clients that asked. */
export function encodeSaved(committedStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SAVED);
  encoding.writeVarUint8Array(encoder, committedStateVector);
  return encoding.toUint8Array(encoder);
}

/**
 * "The comments of this document changed": message type 101, then the id of the thread
 * (varString). Clients refetch the list; the frame carries no comment text, so a
 * connection never learns more than its REST access would show.
 */
export function encodeCommentsChanged(threadId: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_COMMENTS_CHANGED);
  encoding.writeVarString(encoder, threadId);
  return encoding.toUint8Array(encoder);
}

/** Our heartbeat (type 102, no payload), answered to clients that sent one with `ack=1`. */
export const HEARTBEAT_FRAME: Uint8Array = Uint8Array.of(MESSAGE_HEARTBEAT);
