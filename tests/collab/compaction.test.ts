import { afterEach, describe, expect, it } from 'vitest';
import { openAccess } from '@iap/server/collab/access';
import { connectClient, waitForDoc, type TestClient } from '../support/yclient.js';
import { startServer, type RunningServer } from '../support/server.js';

/** Reads the log through the app's own database handle. */
function countLog(server: RunningServer, name: string): { updates: number; snapshots: number } {
  const count = (table: string): number =>
    (server.app.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE name = ?`).get(name) as { n: number }).n;
  return { updates: count('document_updates'), snapshots: count('document_snapshots') };
}

describe('compaction', () => {
  let server: RunningServer | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = null;
  });

  it('folds the log into a snapshot while writes keep arriving, losing nothing', async () => {
    server = await startServer({ collabAccess: openAccess, compaction: { maxLogCount: 25, delayMs: 0 } });
    const a = connectClient(server.wsUrl, 'compact');
    const b = connectClient(server.wsUrl, 'compact');
    clients.push(a, b);
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
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    server = await startServer({ dataDir, collabAccess: openAccess });
    const reader = connectClient(server.wsUrl, 'compact');
    clients.push(reader);
    await reader.synced;
    expect(reader.doc.getArray<string>('items').toArray()).toEqual(expectedItems);
    expect(reader.doc.getArray<string>('items').length).toBe(40);
    expect(reader.doc.getMap<number>('counts').size).toBe(40);
  });

  it('unloads a document nobody has open and reloads it on demand', async () => {
    server = await startServer({ collabAccess: openAccess, unloadDelayMs: 20 });
    const writer = connectClient(server.wsUrl, 'unload');
    clients.push(writer);
    await writer.synced;
    writer.doc.getText('t').insert(0, 'still here');
    await writer.whenSaved();
    expect(server.app.collab.registry.openCount).toBe(1);

    writer.destroy();
    await expect.poll(() => server!.app.collab.registry.openCount, { timeout: 5000 }).toBe(0);

    const reader = connectClient(server.wsUrl, 'unload');
    clients.push(reader);
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('still here');
    expect(server.app.collab.registry.openCount).toBe(1);
  });
});
