import { describe, expect } from 'vitest';
import { openAccess } from '@iap/server/collab/access';
import { waitForDoc } from '../support/yclient.js';
import { appTest as it } from '../support/fixtures.js';
import type { RunningServer } from '../support/server.js';

/** Reads the log through the app's own database handle. */
function countLog(server: RunningServer, name: string): { updates: number; snapshots: number } {
  const count = (table: string): number =>
    (server.app.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE name = ?`).get(name) as { n: number }).n;
  return { updates: count('document_updates'), snapshots: count('document_snapshots') };
}

describe('compaction', () => {
  it('folds the log into a snapshot while writes keep arriving, losing nothing', async ({ startApp, connect }) => {
    const server = await startApp({ collabAccess: openAccess, compaction: { maxLogCount: 25, delayMs: 0 } });
    const a = connect(server.wsUrl, 'compact');
    const b = connect(server.wsUrl, 'compact');
    await Promise.all([a.synced, b.synced]);

    // Two writers in separate turns, so compactions interleave with commits.
    for (let round = 0; round < 40; round++) {
      a.doc.getArray<string>('items').push([`a${round}`]);
      b.doc.getMap<number>('counts').set(`b${round}`, round);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all([a.whenSaved(), b.whenSaved()]);
    await waitForDoc(a.doc, () => a.doc.getMap('counts').size === 40);
    const expectedItems = a.doc.getArray<string>('items').toArray();
    await server.app.collab.registry.loaded().then((docs) => Promise.all(docs.map((doc) => doc.compact())));

    const { updates, snapshots } = countLog(server, 'compact');
    expect(snapshots).toBe(1);
    expect(updates).toBeLessThan(25);

    const dataDir = server.dataDir;
    a.destroy();
    b.destroy();
    await server.close();
    const restarted = await startApp({ dataDir, collabAccess: openAccess });
    const reader = connect(restarted.wsUrl, 'compact');
    await reader.synced;
    expect(reader.doc.getArray<string>('items').toArray()).toEqual(expectedItems);
    expect(reader.doc.getArray<string>('items').length).toBe(40);
    expect(reader.doc.getMap<number>('counts').size).toBe(40);
  });

  it('unloads a document nobody has open and reloads it on demand', async ({ startApp, connect }) => {
    const server = await startApp({ collabAccess: openAccess, unloadDelayMs: 20 });
    const writer = connect(server.wsUrl, 'unload');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'still here');
    await writer.whenSaved();
    expect(server.app.collab.registry.openCount).toBe(1);

    writer.destroy();
    await expect.poll(() => server.app.collab.registry.openCount, { timeout: 5000 }).toBe(0);

    const reader = connect(server.wsUrl, 'unload');
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('still here');
    expect(server.app.collab.registry.openCount).toBe(1);
  });
});
