import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MESSAGE_AUTH, MESSAGE_SAVED, MESSAGE_SYNC } from '@iap/shared';

const SYNC_UPDATE = 2;

/**
 * A bare WebSocket on the collab endpoint: no Yjs provider, so a test can send exactly the
 * frames an attacker would and wait for the server's answer to each (with ack=1, a write
 * that is accepted answers "saved"; a refused one answers an auth permission-denied frame).
 */
export interface RawCollabSocket {
  /** 'open' once the server granted access (its first frame arrived), or the close it answered with. */
  outcome: Promise<{ granted: true } | { granted: false; code: number; reason: string }>;
  closed: Promise<{ code: number; reason: string }>;
  /**
   * Sends a real Yjs update that inserts `text` as a paragraph of the plan text. Each write comes
   * from a fresh Yjs client, so a write the server dropped never blocks the next one.
   */
  write(text: string): void;
  /** Resolves with the next frame of this message type (already received ones count). */
  nextFrame(type: number): Promise<Uint8Array>;
  /** Every frame of this message type received so far, to count what the server sent. */
  framesOf(type: number): Uint8Array[];
  /** Resolves 'saved' once the server committed the last write, or 'refused' when it turns it down. */
  writeAnswer(): Promise<'saved' | 'refused'>;
  /** Sends any frame as it is, once the socket is open. */
  send(frame: Uint8Array): void;
  close(): void;
}

export function openRawSocket(wsUrl: string, documentName: string, headers: Record<string, string> = {}): RawCollabSocket {
  const socket = new WebSocket(`${wsUrl}/${documentName}?ack=1`, { headers });
  const frames: Uint8Array[] = [];
  const waiters: (() => void)[] = [];
  let lastWrite: { clientId: number; clock: number } | null = null;
  socket.binaryType = 'nodebuffer';
  socket.on('message', (data: Buffer) => {
    frames.push(new Uint8Array(data));
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  const typeOf = (frame: Uint8Array): number => decoding.readVarUint(decoding.createDecoder(frame));

  let consumed = 0;
  const takeNext = (accept: (type: number) => boolean): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        while (consumed < frames.length) {
          const frame = frames[consumed++]!;
          if (accept(typeOf(frame))) return resolve(frame);
        }
        waiters.push(check);
      };
      void closed.then(({ code, reason }) => reject(new Error(`socket closed (${code} ${reason}) while waiting for a frame`)));
      check();
    });

  const outcome = Promise.race([
    new Promise<{ granted: true }>((resolve) => {
      const check = (): void => (frames.length > 0 ? resolve({ granted: true }) : void waiters.push(check));
      check();
    }),
    closed.then(({ code, reason }) => ({ granted: false as const, code, reason })),
  ]);

  return {
    outcome,
    closed,
    write(text) {
      const doc = new Y.Doc();
      // A paragraph in the plan's text: the one root and element kind every IAP accepts.
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      doc.getXmlFragment('default').insert(0, [paragraph]);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      encoding.writeVarUint(encoder, SYNC_UPDATE);
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
      lastWrite = { clientId: doc.clientID, clock: Y.getState(doc.store, doc.clientID) };
      doc.destroy();
      socket.send(encoding.toUint8Array(encoder));
    },
    nextFrame: (type) => takeNext((frameType) => frameType === type),
    framesOf: (type) => frames.filter((frame) => typeOf(frame) === type),
    writeAnswer: async () => {
      const written = lastWrite;
      if (!written) throw new Error('nothing written yet');
      for (;;) {
        const frame = await takeNext((type) => type === MESSAGE_SAVED || type === MESSAGE_AUTH);
        if (typeOf(frame) === MESSAGE_AUTH) return 'refused';
        // A "saved" left over from an earlier write does not cover this one: keep waiting.
        const decoder = decoding.createDecoder(frame);
        decoding.readVarUint(decoder);
        const saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
        if ((saved.get(written.clientId) ?? 0) >= written.clock) return 'saved';
      }
    },
    send(frame) {
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
      else socket.once('open', () => socket.send(frame));
    },
    close: () => socket.close(),
  };
}
