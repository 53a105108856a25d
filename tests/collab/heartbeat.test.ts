import WebSocket from 'ws';
import { describe, expect } from 'vitest';
import { MESSAGE_HEARTBEAT } from '@iap/shared';
import { openAccess } from '@iap/server/collab/access';
import { appTest as it } from '../support/fixtures.js';
import { GatedDocumentStore } from '../support/gatedDocumentStore.js';

describe('the heartbeat (type 102)', () => {
  it.override('appOptions', { collabAccess: openAccess });

  it('is answered at once to a client that connected with ack=1, even while commits are pending', async ({ startApp, openRaw }) => {
    let store!: GatedDocumentStore;
    const server = await startApp({ collabAccess: openAccess, documents: (stored) => (store = new GatedDocumentStore(stored)) });
    const socket = openRaw(server.wsUrl, 'beating');
    await socket.outcome;
    const release = store.holdCommits();
    try {
      socket.write('waiting for a slow disk');
      socket.send(Uint8Array.of(MESSAGE_HEARTBEAT));
      expect(Array.from(await socket.nextFrame(MESSAGE_HEARTBEAT))).toEqual([MESSAGE_HEARTBEAT]);
    } finally {
      release();
    }
    expect(await socket.writeAnswer()).toBe('saved');
    socket.close();
  });

  it('is ignored, not answered, for a stock client without ack=1', async ({ server, openSocket }) => {
    const types: number[] = [];
    const socket = openSocket(`${server.wsUrl}/beating`);
    socket.on('message', (data: Buffer) => types.push(data[0]!));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(Uint8Array.of(MESSAGE_HEARTBEAT));
    // A query-awareness sent after it is answered; by then the heartbeat was handled.
    socket.send(Uint8Array.of(3));
    await expect.poll(() => types.filter((type) => type === 1).length).toBeGreaterThan(0);
    expect(types).not.toContain(MESSAGE_HEARTBEAT);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });
});
