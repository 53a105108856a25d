import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { openAccess } from '@iap/server/collab/access';
import { startServer, type RunningServer } from '../support/server.js';

describe('keep-alive', () => {
  let server: RunningServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('terminates a socket that stops answering pings and keeps one that answers', async () => {
    server = await startServer({ collabAccess: openAccess, pingIntervalMs: 90 });
    const silent = new WebSocket(`${server.wsUrl}/keep-alive`, { autoPong: false });
    const answering = new WebSocket(`${server.wsUrl}/keep-alive`);
    const silentClosed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    await Promise.all([silent, answering].map((socket) => new Promise((resolve) => socket.once('open', resolve))));

    expect(await silentClosed).toBe(1006);
    expect(answering.readyState).toBe(WebSocket.OPEN);
    await expect.poll(() => server!.app.collab.connections.size).toBe(1);
    answering.close();
  });
});
