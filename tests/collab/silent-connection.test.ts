import WebSocket from 'ws';
import { describe, expect, onTestFinished } from 'vitest';
import { MESSAGE_HEARTBEAT } from '@iap/shared';
import { openAccess } from '@iap/server/collab/access';
import { appTest as it } from '../support/fixtures.js';
import { awarenessFrame } from '../support/frames.js';
import { startSilentNetwork } from '../support/silentNetwork.js';
import type { RawCollabSocket } from '../access/rawSocket.js';

/** Short on purpose: the production policy (4 s + 3 s) is the same code with larger numbers. */
const SILENCE = { silenceMs: 200, pongTimeoutMs: 200 };
/** Silence, then the ping's grace, each noticed within one check (a quarter of the shorter). */
const BOUND_MS = SILENCE.silenceMs + SILENCE.pongTimeoutMs + 2 * (SILENCE.pongTimeoutMs / 4);
/** What a loaded test machine may add; the keep-alive alone would take 30 s or more. */
const SLACK_MS = 1_000;
const DOCUMENT = 'silent-connection';

/** Sends our heartbeat every 50 ms until the returned function is called. */
function beat(socket: { send: (frame: Uint8Array) => void }): () => void {
  socket.send(Uint8Array.of(MESSAGE_HEARTBEAT));
  const timer = setInterval(() => socket.send(Uint8Array.of(MESSAGE_HEARTBEAT)), 50);
  return () => clearInterval(timer);
}

/** A raw client's presence: one awareness client id with a name. */
function announce(socket: RawCollabSocket, clientId: number): void {
  socket.send(awarenessFrame([{ clientId, clock: 1, state: { user: { name: `client ${clientId}` } } }]));
}

describe('a connection that falls silent without closing', () => {
  it.override('appOptions', { collabAccess: openAccess, silencePolicy: SILENCE });

  it('is dropped from the others’ presence within the bound once it has sent heartbeats; stock clients are not', async ({
    server,
    connect,
    openRaw,
  }) => {
    const network = await startSilentNetwork(server.httpUrl);
    onTestFinished(() => network.close());
    const viaNetwork = `${network.url.replace('http', 'ws')}/collab`;

    const observer = connect(server.wsUrl, DOCUMENT);
    await observer.synced;
    const present = (clientId: number): boolean => observer.provider.awareness.getStates().has(clientId);

    // Two stock y-websocket clients behind the same network, one plain and one with ack=1:
    // neither sends heartbeats, so neither is judged by them.
    const stock = connect(viaNetwork, DOCUMENT, { ack: false });
    const stockWithAck = connect(viaNetwork, DOCUMENT);
    for (const client of [stock, stockWithAck]) {
      await client.synced;
      client.provider.awareness.setLocalStateField('user', { name: 'stock' });
    }
    const beating = openRaw(viaNetwork, DOCUMENT);
    await beating.outcome;
    const stopBeating = beat(beating);
    announce(beating, 4242);
    await expect.poll(() => [stock, stockWithAck].every((client) => present(client.doc.clientID)) && present(4242)).toBe(true);
    // Longer than the silence allowed: beating keeps it present.
    await new Promise((resolve) => setTimeout(resolve, SILENCE.silenceMs * 2));
    expect(present(4242)).toBe(true);

    // The lid shuts: no more heartbeats, no close, and the server's pings go unanswered.
    stopBeating();
    network.goSilent();
    const silentSince = performance.now();
    await expect.poll(() => present(4242), { timeout: BOUND_MS + SLACK_MS, interval: 10 }).toBe(false);
    const tookMs = performance.now() - silentSince;
    expect(tookMs).toBeGreaterThanOrEqual(SILENCE.silenceMs);
    expect(tookMs).toBeLessThanOrEqual(BOUND_MS + SLACK_MS);
    expect((await beating.closed).code).toBe(1006);

    // A whole bound later, the silent stock clients are still there: the 30 s keep-alive judges them.
    await new Promise((resolve) => setTimeout(resolve, BOUND_MS));
    expect(present(stock.doc.clientID)).toBe(true);
    expect(present(stockWithAck.doc.clientID)).toBe(true);
    // Their sockets go now: closed across a silent network, each would wait 30 s for a close frame.
    network.restore();
  });

  it('keeps a heartbeating connection that stops beating but answers pings (a hidden tab)', async ({ server, connect, openSocket }) => {
    const observer = connect(server.wsUrl, DOCUMENT);
    await observer.synced;

    const socket = openSocket(`${server.wsUrl}/${DOCUMENT}?ack=1`);
    await new Promise((resolve) => socket.once('open', resolve));
    let pings = 0;
    socket.on('ping', () => pings++);
    const stopBeating = beat(socket);
    socket.send(awarenessFrame([{ clientId: 4343, clock: 1, state: { user: { name: 'hidden tab' } } }]));
    await expect.poll(() => observer.provider.awareness.getStates().has(4343)).toBe(true);

    // Its timers are throttled: no heartbeats, but the browser still answers pings by itself.
    stopBeating();
    await expect.poll(() => pings, { timeout: 3 * (BOUND_MS + SLACK_MS) }).toBeGreaterThanOrEqual(3);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    expect(observer.provider.awareness.getStates().has(4343)).toBe(true);
  });

  it('does not drop a connection whose pong waits unread while the server’s event loop was blocked', async ({ server, connect, openSocket }) => {
    const observer = connect(server.wsUrl, DOCUMENT);
    await observer.synced;
    const socket = openSocket(`${server.wsUrl}/${DOCUMENT}?ack=1`);
    await new Promise((resolve) => socket.once('open', resolve));
    const stopBeating = beat(socket);
    socket.send(awarenessFrame([{ clientId: 4444, clock: 1, state: { user: { name: 'busy server' } } }]));
    await expect.poll(() => observer.provider.awareness.getStates().has(4444)).toBe(true);
    stopBeating();

    // The server's probe arrives and is answered at once, then the process (server included)
    // is blocked for longer than the pong may take: the answer sits unread behind the timers.
    let pings = 0;
    socket.on('ping', () => {
      if (pings++ > 0) return;
      const until = performance.now() + SILENCE.pongTimeoutMs + SILENCE.silenceMs;
      while (performance.now() < until) {
        // busy: nothing else runs
      }
    });
    await expect.poll(() => pings, { timeout: BOUND_MS + SLACK_MS }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => pings, { timeout: 3 * (BOUND_MS + SLACK_MS) }).toBeGreaterThanOrEqual(3);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    expect(observer.provider.awareness.getStates().has(4444)).toBe(true);
  });
});
