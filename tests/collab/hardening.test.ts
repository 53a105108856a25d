import * as Y from 'yjs';
import { describe, expect } from 'vitest';
import { CloseCode } from '@iap/shared';
import { openAccess, type CollabAccess } from '@iap/server/collab/access';
import { waitForDoc, type TestClient } from '../support/yclient.js';
import { makeDataDir, type RunningServer } from '../support/server.js';
import { openRawSocket } from '../access/rawSocket.js';
import { appTest as it, type AppFixtures } from '../support/fixtures.js';
import { awarenessFrame, nestedElementsUpdate, syncUpdateFrame } from '../support/frames.js';
import { spawnServerProcess } from '../support/serverProcess.js';

/**
 * What a hostile client with write access could do to the realtime core (issue 11): frames
 * that used to end the process or wedge a document, and presence it could forge or flood.
 */
describe('a hostile client on the collaboration endpoint', () => {
  async function documentWithWords(
    { startApp, connect }: Pick<AppFixtures, 'startApp' | 'connect'>,
    options: Parameters<AppFixtures['startApp']>[0] = {},
  ): Promise<{ running: RunningServer; writer: TestClient }> {
    const running = await startApp({ collabAccess: openAccess, ...options });
    const writer = connect(running.wsUrl, 'target');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'precious words');
    await writer.whenSaved();
    return { running, writer };
  }

  it('a sync step 1 with a cut-short state vector closes that socket and nothing else', async ({ startApp, connect, openRaw }) => {
    const { running, writer } = await documentWithWords({ startApp, connect });
    const attacker = openRaw(running.wsUrl, 'target');
    attacker.send(new Uint8Array([0, 0, 1, 5]));
    expect(await attacker.closed).toEqual({ code: CloseCode.badMessage, reason: 'malformed state vector' });

    writer.doc.getText('t').insert(0, 'still ');
    await writer.whenSaved();
    const reader = connect(running.wsUrl, 'target');
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('still precious words');
    expect((await fetch(`${running.httpUrl}/api/health`)).status).toBe(200);
  });

  it('the cut-short state vector does not end a real server process (which has no guard of its own)', async () => {
    const processServer = await spawnServerProcess(makeDataDir());
    try {
      const attacker = openRawSocket(processServer.wsUrl, 'target');
      await attacker.outcome;
      attacker.send(new Uint8Array([0, 0, 1, 5]));
      expect((await attacker.closed).code).toBe(CloseCode.badMessage);
      const survivor = openRawSocket(processServer.wsUrl, 'target');
      await survivor.outcome;
      survivor.write('the server is still up');
      expect(await survivor.writeAnswer()).toBe('saved');
      survivor.close();
    } finally {
      processServer.child.kill('SIGKILL');
      await processServer.exited;
    }
  });

  it('an element nested 5,000 deep is refused, and later edits are saved, broadcast and survive a restart', async ({ startApp, connect, openRaw }) => {
    const { running, writer } = await documentWithWords({ startApp, connect });
    const watcher = connect(running.wsUrl, 'target');
    await watcher.synced;

    const attacker = openRaw(running.wsUrl, 'target');
    await attacker.outcome;
    attacker.send(syncUpdateFrame(nestedElementsUpdate(5000)));
    expect(await attacker.closed).toEqual({ code: CloseCode.badMessage, reason: 'nesting deeper than 64 levels' });

    writer.doc.getText('t').insert(0, 'after the attack: ');
    await writer.whenSaved();
    await waitForDoc(watcher.doc, () => watcher.doc.getText('t').toString().startsWith('after the attack: '));

    const dataDir = running.dataDir;
    writer.destroy();
    watcher.destroy();
    await running.close();
    const restarted = await startApp({ collabAccess: openAccess, dataDir });
    const reader = connect(restarted.wsUrl, 'target');
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('after the attack: precious words');
    expect(reader.doc.getXmlFragment('default').length).toBe(0);
  });

  it('nesting up to the documented limit of 64 is accepted, one level more is not', async ({ startApp, connect, openRaw }) => {
    const { running } = await documentWithWords({ startApp, connect });
    const deepest = openRaw(running.wsUrl, 'target');
    await deepest.outcome;
    deepest.send(syncUpdateFrame(nestedElementsUpdate(64)));
    deepest.write('marker');
    expect(await deepest.writeAnswer()).toBe('saved');

    const tooDeep = openRaw(running.wsUrl, 'target');
    await tooDeep.outcome;
    tooDeep.send(syncUpdateFrame(nestedElementsUpdate(65)));
    expect((await tooDeep.closed).reason).toBe('nesting deeper than 64 levels');
  });

  it('an update that would take the document past MAX_DOCUMENT_BYTES is refused whole', async ({ startApp, connect, openRaw }) => {
    const { running, writer } = await documentWithWords({ startApp, connect }, { maxDocumentBytes: 256 * 1024 });
    writer.doc.getText('t').insert(0, 'a'.repeat(100 * 1024));
    await writer.whenSaved();

    const flooder = openRaw(running.wsUrl, 'target');
    await flooder.outcome;
    const flood = new Y.Doc();
    flood.getText('junk').insert(0, 'x'.repeat(200 * 1024));
    flooder.send(syncUpdateFrame(Y.encodeStateAsUpdate(flood)));
    expect(await flooder.closed).toEqual({ code: CloseCode.badMessage, reason: `document would exceed ${256 * 1024} bytes` });

    const reader = connect(running.wsUrl, 'target');
    await reader.synced;
    expect(reader.doc.getText('junk').length).toBe(0);
    expect(reader.doc.getText('t').length).toBe(100 * 1024 + 'precious words'.length);
  });

  it('a socket cannot rename or remove presence another socket introduced', async ({ startApp, connect, openRaw }) => {
    const { running, writer } = await documentWithWords({ startApp, connect });
    writer.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    const document = await running.app.collab.registry.open('target');
    const nameOf = (clientId: number): string | undefined => (document.awareness.getStates().get(clientId)?.user as { name?: string } | undefined)?.name;
    await expect.poll(() => nameOf(writer.doc.clientID)).toBe('Ana');

    const forger = openRaw(running.wsUrl, 'target');
    await forger.outcome;
    forger.send(awarenessFrame([{ clientId: writer.doc.clientID, clock: 1_000, state: { user: { name: 'Forged' } } }]));
    forger.send(awarenessFrame([{ clientId: writer.doc.clientID, clock: 1_001, state: null }]));
    // Frames are handled in order: once this write is answered, the forged ones were handled.
    forger.write('after the forgery');
    expect(await forger.writeAnswer()).toBe('saved');
    expect(nameOf(writer.doc.clientID)).toBe('Ana');
    expect(document.awarenessClock(writer.doc.clientID)).toBeLessThan(1_000);
  });

  it('one socket publishes at most four client ids, each state at most 16 KB', async ({ startApp, connect, openRaw }) => {
    const { running } = await documentWithWords({ startApp, connect });
    const document = await running.app.collab.registry.open('target');
    const before = document.awareness.getStates().size;

    const flooder = openRaw(running.wsUrl, 'target');
    await flooder.outcome;
    const crowd = Array.from({ length: 20 }, (_, index) => ({ clientId: 900_000 + index, clock: 1, state: { user: { name: `ghost ${index}` } } }));
    flooder.send(awarenessFrame(crowd));
    expect((await flooder.closed).reason).toBe('too many awareness clients');
    expect(document.awareness.getStates().size).toBe(before);

    const heavy = openRaw(running.wsUrl, 'target');
    await heavy.outcome;
    heavy.send(awarenessFrame([{ clientId: 800_000, clock: 1, state: { blob: 'x'.repeat(17 * 1024) } }]));
    expect((await heavy.closed).reason).toBe('awareness state too large');

    const fair = openRaw(running.wsUrl, 'target');
    await fair.outcome;
    fair.send(awarenessFrame(crowd.slice(0, 4)));
    await expect.poll(() => document.awareness.getStates().size).toBe(before + 4);
  });
});

describe('a session that ends while its socket is being authorized', () => {
  it('closes that socket as soon as it would open', async ({ startApp, openRaw }) => {
    let release!: () => void;
    let started!: () => void;
    const authorized = new Promise<void>((resolve) => (release = resolve));
    const authorizing = new Promise<void>((resolve) => (started = resolve));
    const slowAccess: CollabAccess = {
      authorize: async () => {
        started();
        await authorized;
        return { userId: 'someone', canWrite: true, sessionKey: 'session-being-ended' };
      },
    };
    const running = await startApp({ collabAccess: slowAccess });
    const socket = openRaw(running.wsUrl, 'late');
    await authorizing;
    running.app.collab.endSession('session-being-ended', 'signed out');
    release();
    expect(await socket.closed).toEqual({ code: CloseCode.unauthenticated, reason: 'session ended' });
  });
});
