import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { describe, expect } from 'vitest';
import { CloseCode } from '@iap/shared';
import { openAccess } from '@iap/server/collab/access';
import { appTest as it, type AppFixtures } from '../support/fixtures.js';
import type { RunningServer } from '../support/server.js';

/** Opens a raw socket, sends `frame`, and resolves with how the server closed it. */
function sendAndAwaitClose(url: string, frame: Buffer | string): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('open', () => socket.send(frame));
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}

function syncUpdateFrame(update: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return Buffer.from(encoding.toUint8Array(encoder));
}

describe('bad input on the collaboration endpoint', () => {
  type Opens = Pick<AppFixtures, 'startApp' | 'connect'>;

  async function serverWithDocument({ startApp, connect }: Opens, maxFrameBytes?: number): Promise<RunningServer> {
    const server = await startApp({ collabAccess: openAccess, ...(maxFrameBytes ? { maxFrameBytes } : {}) });
    const writer = connect(server.wsUrl, 'target');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'precious words');
    await writer.whenSaved();
    return server;
  }

  async function expectDocumentIntact({ connect }: Opens, running: RunningServer): Promise<void> {
    const health = await fetch(`${running.httpUrl}/api/health`);
    expect(health.status).toBe(200);
    const reader = connect(running.wsUrl, 'target');
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('precious words');
  }

  const malformed: [string, Buffer | string, string][] = [
    ['an unknown message type', Buffer.from([42, 1, 2]), 'unknown message type 42'],
    ['an unknown sync sub-type', Buffer.from([0, 9, 0]), 'unknown sync message 9'],
    ['a truncated sync message', Buffer.from([0, 2, 50, 1, 2]), 'truncated message'],
    ['trailing bytes after a message', Buffer.from([3, 7]), 'trailing bytes after message'],
    ['a text frame', 'hello', 'expected a binary frame'],
    ['garbage inside a well-framed update', syncUpdateFrame(new Uint8Array([250, 250, 250, 250, 1, 2, 3])), 'message could not be applied'],
    ['an awareness update that is not JSON', Buffer.from([1, 5, 1, 1, 1, 1, 0x7b]), 'awareness state is not JSON'],
  ];

  it.for(malformed)('%s closes only that socket with a reason and leaves the document intact', async ([, frame, reason], { startApp, connect }) => {
    const opens = { startApp, connect };
    const running = await serverWithDocument(opens);
    const closed = await sendAndAwaitClose(`${running.wsUrl}/target`, frame);
    expect(closed.code).toBe(CloseCode.badMessage);
    expect(closed.reason).toBe(reason);
    await expectDocumentIntact(opens, running);
  });

  it('an oversized frame is refused with 1009 and the document is intact', async ({ startApp, connect }) => {
    const opens = { startApp, connect };
    const running = await serverWithDocument(opens, 64 * 1024);
    const big = new Y.Doc();
    big.getText('t').insert(0, 'x'.repeat(100 * 1024));
    const closed = await sendAndAwaitClose(`${running.wsUrl}/target`, syncUpdateFrame(Y.encodeStateAsUpdate(big)));
    expect(closed.code).toBe(CloseCode.messageTooBig);
    await expectDocumentIntact(opens, running);
  });

  it('an invalid document name is refused with 4422', async ({ startApp }) => {
    const server = await startApp({ collabAccess: openAccess });
    const closed = await sendAndAwaitClose(`${server.wsUrl}/${encodeURIComponent('../etc/passwd')}`, Buffer.from([3]));
    expect(closed.code).toBe(CloseCode.badDocumentName);
  });
});
