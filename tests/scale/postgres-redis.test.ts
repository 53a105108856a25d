import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IAP_NODE, IAP_SECTION_IDS, IAP_YDOC } from '@iap/shared';
import { openAccess } from '@iap/server/collab/access';
import type { DocumentFanout } from '@iap/server/collab/fanout';
import { PgDocumentStore } from '@iap/server/storage/postgres/PgDocumentStore';
import { migratePostgres } from '@iap/server/storage/postgres/migratePostgres';
import type { RedisFanout } from '@iap/server/fanout/RedisFanout';
import { makeDataDir, startServer, type RunningServer } from '../support/server.js';
import { connectClient, waitForDoc, type TestClient } from '../support/yclient.js';
import { spawnServerProcess } from '../support/serverProcess.js';
import { assertServicesUp, freshDatabase, REDIS_URL, redisFanout } from '../support/postgresRedis.js';

/** A fan-out that can lose the next publish, as Redis pub/sub may. */
function lossy(inner: DocumentFanout): DocumentFanout & { dropNext: () => void } {
  let drop = 0;
  return {
    crossInstance: true,
    publish: (name, message) => {
      if (drop > 0) {
        drop--;
        return;
      }
      inner.publish(name, message);
    },
    subscribe: (name, listener) => inner.subscribe(name, listener),
    publishControl: (message) => inner.publishControl(message),
    subscribeControl: (listener) => inner.subscribeControl(listener),
    dropNext: () => {
      drop++;
    },
  };
}

describe('several instances over PostgreSQL and Redis', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const prefix = `iap-test-${randomUUID().slice(0, 8)}`;
  const servers: RunningServer[] = [];
  const fanouts: RedisFanout[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    await assertServicesUp();
    database = await freshDatabase();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    for (const fanout of fanouts.splice(0)) await fanout.close();
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function instance(wrap: (fanout: DocumentFanout) => DocumentFanout = (fanout) => fanout): Promise<RunningServer> {
    const fanout = await redisFanout(prefix);
    fanouts.push(fanout);
    const server = await startServer({
      dataDir: makeDataDir(),
      collabAccess: openAccess,
      documents: () => new PgDocumentStore(database.pool),
      fanout: wrap(fanout),
    });
    servers.push(server);
    return server;
  }
  const client = (server: RunningServer, name: string): TestClient => {
    const connected = connectClient(server.wsUrl, name);
    clients.push(connected);
    return connected;
  };

  it('clients on two instances converge under concurrent edits and see each other’s presence', async () => {
    const [first, second] = [await instance(), await instance()];
    const alice = client(first, 'converge');
    const bob = client(second, 'converge');
    await Promise.all([alice.synced, bob.synced]);
    for (let round = 0; round < 20; round++) {
      alice.doc.getText('t').insert(0, `a${round} `);
      bob.doc.getText('t').insert(bob.doc.getText('t').length, `b${round} `);
    }
    bob.provider.awareness.setLocalStateField('user', { name: 'Bob' });
    await Promise.all([alice.whenSaved(), bob.whenSaved()]);
    const complete = (doc: Y.Doc) => () => doc.getText('t').toString().includes('a19') && doc.getText('t').toString().includes('b19');
    await waitForDoc(alice.doc, complete(alice.doc));
    await waitForDoc(bob.doc, complete(bob.doc));
    expect(alice.doc.getText('t').toString()).toBe(bob.doc.getText('t').toString());
    await expect.poll(() => [...alice.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Bob')).toBe(true);
  });

  it('an update whose publish was lost still reaches the other instance', async () => {
    let dropper: ReturnType<typeof lossy> | null = null;
    const first = await instance((fanout) => (dropper = lossy(fanout)));
    const second = await instance();
    const alice = client(first, 'lost-publish');
    const bob = client(second, 'lost-publish');
    await Promise.all([alice.synced, bob.synced]);
    dropper!.dropNext();
    alice.doc.getText('t').insert(0, 'never published');
    await alice.whenSaved();
    // No later message tells bob's instance: its periodic resync from the store does.
    await waitForDoc(bob.doc, () => bob.doc.getText('t').toString() === 'never published', 20_000);
  });

  it('a third instance started later serves the full state, and a new plan is seeded once', async () => {
    const [first, second] = [await instance(), await instance()];
    const [a, b] = await Promise.all([first.app.collab.registry.open('iap.seeded'), second.app.collab.registry.open('iap.seeded')]);
    const headings = (doc: Y.Doc) =>
      doc.getXmlFragment(IAP_YDOC.text).toArray().filter((block) => block instanceof Y.XmlElement && block.nodeName === IAP_NODE.sectionHeading).length;
    expect(headings(a.doc)).toBe(IAP_SECTION_IDS.length);
    expect(headings(b.doc)).toBe(IAP_SECTION_IDS.length);

    const writer = client(first, 'late-third');
    await writer.synced;
    writer.doc.getArray<number>('n').push([1, 2, 3]);
    await writer.whenSaved();
    const third = await instance();
    const reader = client(third, 'late-third');
    await reader.synced;
    expect(reader.doc.getArray('n').toArray()).toEqual([1, 2, 3]);
    const stored = await new PgDocumentStore(database.pool).load('iap.seeded');
    expect(stored!.updates).toHaveLength(1);
  });

  it('two instances compacting the same document at once lose nothing', async () => {
    const store = new PgDocumentStore(database.pool);
    const source = new Y.Doc();
    for (let index = 0; index < 50; index++) {
      const before = Y.encodeStateVector(source);
      source.getArray<number>('items').push([index]);
      await store.appendUpdates('compact-race', [Y.encodeStateAsUpdate(source, before)]);
    }
    const merge = (parts: Uint8Array[]) => Y.mergeUpdates(parts);
    const appendDuring = (async () => {
      const before = Y.encodeStateVector(source);
      source.getArray<number>('items').push([50]);
      await store.appendUpdates('compact-race', [Y.encodeStateAsUpdate(source, before)]);
    })();
    await Promise.all([store.compact('compact-race', merge), new PgDocumentStore(database.pool).compact('compact-race', merge), appendDuring]);
    const rebuilt = new Y.Doc();
    for (const update of (await store.load('compact-race'))!.updates) Y.applyUpdate(rebuilt, update);
    expect(rebuilt.getArray('items').toArray()).toEqual(Array.from({ length: 51 }, (_, index) => index));
  });

  it('instances migrating one empty database at once apply each migration once', async () => {
    const other = await freshDatabase();
    try {
      const pools = [new pg.Pool({ connectionString: other.url }), new pg.Pool({ connectionString: other.url })];
      for (const pool of pools) pool.on('error', () => undefined);
      await Promise.all(pools.map((pool) => migratePostgres(pool)));
      const rows = (await other.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows;
      expect(rows.map((row) => row.version)).toEqual([...new Set(rows.map((row) => row.version))]);
      expect(rows.length).toBeGreaterThan(0);
      for (const pool of pools) await pool.end();
    } finally {
      await other.drop();
    }
  });

  it('SIGKILL of an instance loses nothing its clients were told was saved; they reconnect to another', async () => {
    const env = { DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix };
    const doomed = await spawnServerProcess(makeDataDir(), env);
    const survivor = await instance();
    const writer = connectClient(doomed.wsUrl, 'killed');
    clients.push(writer);
    await writer.synced;
    for (let index = 0; index < 30; index++) writer.doc.getArray<number>('saved').push([index]);
    await writer.whenSaved();
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    const reader = client(survivor, 'killed');
    await reader.synced;
    expect(reader.doc.getArray('saved').toArray()).toEqual(Array.from({ length: 30 }, (_, index) => index));
  });

  it('an instance whose REDIS_URL does not answer at start exits with a clear error', async () => {
    const main = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, DATA_DIR: makeDataDir(), PORT: '0', REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: database.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('REDIS_URL redis://127.0.0.1:1 does not answer');
  });
});
