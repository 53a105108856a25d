import { describe, expect } from 'vitest';
import { waitForDoc } from '../support/yclient.js';
import { openAccess } from '@iap/server/collab/access';
import { appTest as it } from '../support/fixtures.js';

describe('live co-editing over the stock y-websocket client', () => {
  it.override('appOptions', { collabAccess: openAccess });

  it('two clients converge under concurrent edits', async ({ server, connect }) => {
    const alice = connect(server.wsUrl, 'converge');
    const bob = connect(server.wsUrl, 'converge');
    await Promise.all([alice.synced, bob.synced]);

    for (let i = 0; i < 50; i++) {
      alice.doc.getText('t').insert(0, `a${i};`);
      bob.doc.getText('t').insert(bob.doc.getText('t').length, `b${i};`);
    }
    const expectedLength = alice.doc.getText('t').length + bob.doc.getText('t').length;
    await waitForDoc(alice.doc, () => alice.doc.getText('t').length === expectedLength);
    await waitForDoc(bob.doc, () => bob.doc.getText('t').length === expectedLength);
    expect(alice.doc.getText('t').toString()).toBe(bob.doc.getText('t').toString());
    expect(alice.doc.getText('t').toString()).toContain('a49;');
    expect(alice.doc.getText('t').toString()).toContain('b49;');
  });

  it('a late joiner receives the full state', async ({ server, connect }) => {
    const writer = connect(server.wsUrl, 'late');
    await writer.synced;
    writer.doc.getArray<string>('items').push(['one', 'two', 'three']);
    await writer.whenSaved();

    const late = connect(server.wsUrl, 'late');
    await late.synced;
    expect(late.doc.getArray<string>('items').toArray()).toEqual(['one', 'two', 'three']);
  });

  it('acknowledges "saved" only with a state vector that covers what the client wrote', async ({ server, connect }) => {
    const writer = connect(server.wsUrl, 'acks');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'hello');
    await writer.whenSaved();
    expect(writer.savedStateVector().get(writer.doc.clientID)).toBe(5);
  });

  it('answers even an empty sync step 2 with "saved", so a reconnecting client learns its state at once', async ({ server, connect }) => {
    const reader = connect(server.wsUrl, 'empty-ack');
    const acks: number[] = [];
    const original = reader.provider.messageHandlers[100]!;
    reader.provider.messageHandlers[100] = (...args) => {
      acks.push(1);
      original(...args);
    };
    await reader.synced;
    await expect.poll(() => acks.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(reader.savedStateVector().size).toBe(0);
  });

  it('a restart keeps the state', async ({ server, startApp, connect }) => {
    const dataDir = server.dataDir;
    const writer = connect(server.wsUrl, 'restart');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'kept across restarts');
    await writer.whenSaved();
    writer.destroy();
    await server.close();

    const restarted = await startApp({ dataDir, collabAccess: openAccess });
    const reader = connect(restarted.wsUrl, 'restart');
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('kept across restarts');
  });
});
