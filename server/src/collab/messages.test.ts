import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate, MalformedMessageError } from './messages.js';

/** A small deterministic PRNG, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('decodeMessage', () => {
  it('round-trips the sync messages it encodes', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hi');
    const update = Y.encodeStateAsUpdate(doc);
    const stateVector = Y.encodeStateVector(doc);
    expect(decodeMessage(encodeSyncStep1(stateVector))).toEqual({ type: 'syncStep1', stateVector: Y.decodeStateVector(stateVector) });
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ type: 'syncStep2', update });
    expect(decodeMessage(encodeUpdate(update))).toEqual({ type: 'update', update });
  });

  it('rejects every prefix of a valid message as malformed', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'a longer piece of text');
    const frame = encodeUpdate(Y.encodeStateAsUpdate(doc));
    for (let length = 0; length < frame.length; length++) {
      expect(() => decodeMessage(frame.subarray(0, length))).toThrow(MalformedMessageError);
    }
  });

  it('throws nothing but MalformedMessageError on random bytes', () => {
    const next = random(7);
    for (let round = 0; round < 5000; round++) {
      const frame = new Uint8Array(1 + Math.floor(next() * 40)).map(() => Math.floor(next() * 256));
      try {
        decodeMessage(frame);
      } catch (error) {
        expect(error).toBeInstanceOf(MalformedMessageError);
      }
    }
  });
});
