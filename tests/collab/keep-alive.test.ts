import WebSocket from 'ws';
import { describe, expect } from 'vitest';
import { openAccess } from '@iap/server/collab/access';
import { appTest as it } from '../support/fixtures.js';

describe('keep-alive', () => {
  it.override('appOptions', { collabAccess: openAccess, pingIntervalMs: 90 });

  it('terminates a socket that stops answering pings and keeps one that answers', async ({ server, openSocket }) => {
    const silent = openSocket(`${server.wsUrl}/keep-alive`, { autoPong: false });
    const answering = openSocket(`${server.wsUrl}/keep-alive`);
    const silentClosed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    await Promise.all([silent, answering].map((socket) => new Promise((resolve) => socket.once('open', resolve))));

    expect(await silentClosed).toBe(1006);
    expect(answering.readyState).toBe(WebSocket.OPEN);
    await expect.poll(() => server.app.collab.connections.size).toBe(1);
    answering.close();
  });
});
