import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, waitForDoc, type TestClient } from '../support/yclient.js';
import { makeDataDir } from '../support/server.js';
import { spawnServerProcess, type ServerProcess } from '../support/serverProcess.js';

describe('durability of the update log', () => {
  const clients: TestClient[] = [];
  const processes: ServerProcess[] = [];
  const dirs: string[] = [];

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of processes.splice(0)) server.child.kill('SIGKILL');
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = async (dataDir: string): Promise<ServerProcess> => {
    const server = await spawnServerProcess(dataDir);
    processes.push(server);
    return server;
  };
  const connect = (server: ServerProcess, name: string): TestClient => {
    const client = connectClient(server.wsUrl, name);
    clients.push(client);
    return client;
  };

  it('nothing that was broadcast is lost when the process is killed with SIGKILL mid-stream', async () => {
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const server = await start(dataDir);
    const writer = connect(server, 'crash');
    const observer = connect(server, 'crash');
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

    const restarted = await start(dataDir);
    const reader = connect(restarted, 'crash');
    await reader.synced;
    const stored = reader.doc.getArray<number>('log').toArray();
    expect(broadcast.length).toBeGreaterThanOrEqual(2000);
    expect(stored.length).toBeGreaterThanOrEqual(broadcast.length);
    expect(stored.slice(0, broadcast.length)).toEqual(broadcast);
  });

  it('SIGTERM flushes and closes cleanly, keeping every acknowledged edit', async () => {
    const dataDir = makeDataDir();
    dirs.push(dataDir);
    const server = await start(dataDir);
    const writer = connect(server, 'graceful');
    await writer.synced;
    writer.doc.getText('t').insert(0, 'before shutdown');
    await writer.whenSaved();

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    writer.destroy();

    const restarted = await start(dataDir);
    const reader = connect(restarted, 'graceful');
    await reader.synced;
    expect(reader.doc.getText('t').toString()).toBe('before shutdown');
  });
});
