import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { ArrivalRecorder } from './ArrivalRecorder.js';

const SENTENCE = 'The ULG agreed to open the vacant market hall to young makers on Saturdays. ';

/**
 * An editor user: types into a paragraph of their own in the shared rich text, one
 * character per transaction, as Tiptap sends a keystroke. Each character is registered
 * with the recorder before it is made, so its arrival at every other socket is timed.
 */
export class Typist {
  private readonly text = new Y.XmlText();
  private typed = 0;

  /** Call once the client is synced: the paragraph is sent like any other change. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly recorder: ArrivalRecorder,
    private readonly receivers: number,
  ) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [this.text]);
    const fragment = doc.getXmlFragment('default');
    fragment.insert(fragment.length, [paragraph]);
  }

  /** Types the next character; `onArrived` runs once every receiver has it. */
  typeCharacter(onArrived: (() => void) | null = null): void {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    this.recorder.markSent(this.doc.clientID, clock, this.receivers, performance.now(), onArrived);
    this.text.insert(this.text.length, SENTENCE[this.typed % SENTENCE.length] ?? ' ');
    this.typed += 1;
  }
}

/** Typists each typing `charsPerSecond`, at phases spread over the interval so they do not type in lockstep. */
export function startTyping(typists: readonly Typist[], charsPerSecond: number): () => void {
  const intervalMs = 1000 / charsPerSecond;
  const timers: NodeJS.Timeout[] = [];
  typists.forEach((typist, index) => {
    const phase = (index / typists.length) * intervalMs;
    timers.push(
      setTimeout(() => {
        typist.typeCharacter();
        timers.push(setInterval(() => typist.typeCharacter(), intervalMs));
      }, phase),
    );
  });
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}
