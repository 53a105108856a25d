import { describe, expect } from 'vitest';
import { waitForDoc } from '../support/yclient.js';
import { appTest as it } from '../support/fixtures.js';

describe('durability of the update log', () => {
  it('nothing that was broadcast is lost when the process is killed with SIGKILL mid-stream', async ({ spawnApp, connect, newDataDir }) => {
    const dataDir = newDataDir();
    const server = await spawnApp(dataDir);
    const writer = connect(server.wsUrl, 'crash');
    const observer = connect(server.wsUrl, 'crash');
    await Promise.all([writer.synced, observer.synced]);

    // The writer pushes numbers as fast as the event loop lets it; the observer records what it was sent.
    const seen = observer.doc.getArray<number>('log');
    let next = 0;
    const typing = setInterval(() => {
      writer.doc.transact(() => {
        for (let i = 0; i < 20; i++) writer.doc.getArray<number>('log').push([next++]);
      });
    }, 1);
    await waitForDoc(observer.doc, () => seen.length >= 2000);
    server.child.kill('SIGKILL');
    clearInterval(typing);
    await server.exited;
    const broadcast = seen.toArray();
    writer.destroy();
    observer.destroy();

    const restarted = await spawnApp(dataDir);
    const reader = connect(restarted.wsUrl, 'crash');
    await reader.synced;
    const stored = reader.doc.getArray<number>('log').toArray();
    expect(broadcast.length).toBeGreaterThanOrEqual(2000);
    expect(stored.length).toBeGreaterThanOrEqual(broadcast.length);
    expect(stored.slice(0, broadcast.length)).toEqual(broadcast);
  });

  it('SIGTERM flushes and closes cleanly, keeping every acknowledged edit', async ({ spawnApp, connect, newDataDir }) => {
    const dataDir = newDataDir();
    const server = await spawnApp(dataDir);
    const writer = connect(server.wsUrl, 'graceful');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'before shutdown');
    await writer.whenSaved();

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    writer.destroy();

    const restarted = await spawnApp(dataDir);
    const reader = connect(restarted.wsUrl, 'graceful');
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('before shutdown');
  });
});
