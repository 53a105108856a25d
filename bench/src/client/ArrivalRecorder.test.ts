import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ArrivalRecorder } from './ArrivalRecorder.js';

/** Types one character into `doc` and returns the update it produced, registered with the recorder. */
function typeCharacter(doc: Y.Doc, recorder: ArrivalRecorder, receivers: number, sentAt: number): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (bytes: Uint8Array): void => {
    update = bytes;
  };
  doc.on('update', capture);
  recorder.markSent(doc.clientID, Y.getState(doc.store, doc.clientID), receivers, sentAt);
  doc.getText('t').insert(0, 'x');
  doc.off('update', capture);
  if (!update) throw new Error('no update');
  return update;
}

describe('ArrivalRecorder', () => {
  it('times every character of an update a server merged from several writers', () => {
    const recorder = new ArrivalRecorder();
    recorder.measuring = true;
    const first = new Y.Doc();
    const second = new Y.Doc();
    const merged = Y.mergeUpdates([typeCharacter(first, recorder, 1, 10), typeCharacter(second, recorder, 1, 20), typeCharacter(second, recorder, 1, 30)]);

    recorder.recordArrival(merged, 50, null);

    expect([...recorder.samples()].sort((a, b) => a - b)).toEqual([20, 30, 40]);
    expect(recorder.missing()).toBe(0);
  });

  it('does not count an update echoed back to its own writer as an arrival', () => {
    const recorder = new ArrivalRecorder();
    recorder.measuring = true;
    const writer = new Y.Doc();
    const update = typeCharacter(writer, recorder, 1, 0);

    recorder.recordArrival(update, 5, writer.clientID);

    expect(recorder.samples()).toEqual([]);
    expect(recorder.missing()).toBe(1);
  });
});
