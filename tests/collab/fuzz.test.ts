import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { describe, expect } from 'vitest';
import { MESSAGE_AUTH, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '@iap/shared';
import { openAccess } from '@iap/server/collab/access';
import { waitForDoc } from '../support/yclient.js';
import { appTest as it } from '../support/fixtures.js';
import type { RawCollabSocket } from '../access/rawSocket.js';
import { awarenessFrame, nestedElementsUpdate, syncUpdateFrame } from '../support/frames.js';

/** A small seeded generator (mulberry32), so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Valid frames of every message type a client can send. */
function validFrames(next: () => number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('fuzz').insert(0, `fuzz ${Math.floor(next() * 1e6)}`);
  doc.getMap('m').set('k', next());
  const update = Y.encodeStateAsUpdate(doc);
  const frames = [
    syncFrame(0, Y.encodeStateVector(doc)),
    syncFrame(1, update),
    syncUpdateFrame(update),
    awarenessFrame([{ clientId: doc.clientID, clock: Math.floor(next() * 50), state: { user: { name: 'fuzz' } } }]),
    new Uint8Array([MESSAGE_QUERY_AWARENESS]),
    (() => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AUTH);
      encoding.writeVarString(encoder, 'hello');
      return encoding.toUint8Array(encoder);
    })(),
    syncUpdateFrame(nestedElementsUpdate(70)),
  ];
  doc.destroy();
  return frames;
}

/** Flips, cuts, extends or replaces a frame the way a broken or hostile client would. */
function mutate(frame: Uint8Array, next: () => number): Uint8Array {
  const bytes = Uint8Array.from(frame);
  switch (Math.floor(next() * 5)) {
    case 0:
      return bytes;
    case 1: {
      const flips = 1 + Math.floor(next() * 4);
      for (let i = 0; i < flips; i++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      return bytes;
    }
    case 2:
      return bytes.slice(0, Math.floor(next() * bytes.length));
    case 3:
      return Uint8Array.from([...bytes, ...Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 256))]);
    default:
      return Uint8Array.from(Array.from({ length: 1 + Math.floor(next() * 24) }, () => Math.floor(next() * 256)));
  }
}

describe('fuzzing the collaboration endpoint', () => {
  it.override('appOptions', { collabAccess: openAccess });

  it('random and mutated messages of every type never stop the server or corrupt the document', async ({ server: running, connect, openRaw }) => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261130);
    const next = random(seed);
    const writer = connect(running.wsUrl, 'fuzzed');
    await writer.synced;

    const deadline = Date.now() + 8_000;
    let sent = 0;
    let round = 0;
    while (sent < 1_500 && Date.now() < deadline) {
      const socket: RawCollabSocket = openRaw(running.wsUrl, 'fuzzed');
      const outcome = await socket.outcome;
      expect(outcome.granted, `seed ${seed}: the server refused a fresh socket`).toBe(true);
      let open = true;
      void socket.closed.then(() => (open = false));
      const frames = validFrames(next);
      for (let i = 0; i < 40 && open; i++) {
        socket.send(mutate(frames[Math.floor(next() * frames.length)]!, next));
        sent++;
        if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      socket.close();
      // Meanwhile an honest client keeps writing, and every write is acknowledged.
      writer.doc.getText('honest').insert(writer.doc.getText('honest').length, `${round++};`);
      await writer.whenSaved();
    }
    expect(sent).toBeGreaterThan(200);

    expect((await fetch(`${running.httpUrl}/api/health`)).status).toBe(200);
    const reader = connect(running.wsUrl, 'fuzzed');
    await reader.synced;
    await waitForDoc(reader.doc, () => reader.doc.getText('honest').toString() === writer.doc.getText('honest').toString());
    const live = await running.app.collab.registry.open('fuzzed');
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(live.doc));
    const stored = await running.app.documentStore.load('fuzzed');
    const fromStore = new Y.Doc();
    for (const update of stored!.updates) Y.applyUpdate(fromStore, update);
    expect(fromStore.getText('honest').toString()).toBe(writer.doc.getText('honest').toString());
  });
});
