import fs from 'node:fs';
import WebSocket, { type ClientOptions } from 'ws';
import { test as base } from 'vitest';
import type { BuildAppOptions } from '@iap/server';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { openRawSocket, type RawCollabSocket } from '../access/rawSocket.js';
import { makeDataDir, startServer, type RunningServer } from './server.js';
import { spawnServerProcess, type ServerProcess } from './serverProcess.js';
import { connectClient, type TestClient } from './yclient.js';

/**
 * What a server-plus-clients test needs, set up on first use and torn down after the test:
 * clients and sockets first, then every app the test started. A test names what it uses:
 *
 *   appTest('two clients converge', async ({ server, connect }) => { ... })
 *
 * and a describe block that needs other app options says so once:
 *
 *   appTest.override('appOptions', { collabAccess: openAccess })
 *
 * A file whose tests share one app for speed (each writes its own data, or only reads) uses
 * `fileServer` instead, with `fileAppOptions` overridden once at the top of the file.
 */
export interface AppFixtures {
  /** What `server` is built with (`startServer` options); override per describe block. */
  appOptions: Partial<BuildAppOptions>;
  /** The real app on a real SQLite file, listening on a free port. */
  server: RunningServer;
  /** Starts another app (a second instance, or a restart on the same `dataDir`); closed after the test. */
  startApp: (options?: Partial<BuildAppOptions>) => Promise<RunningServer>;
  /** `connectClient` (a stock y-websocket client), destroyed after the test. */
  connect: typeof connectClient;
  /** `openRawSocket` (bare frames on the collab endpoint), closed after the test. */
  openRaw: typeof openRawSocket;
  /** A plain `ws` WebSocket, terminated after the test if it is still open. */
  openSocket: (url: string, options?: ClientOptions) => WebSocket;
  /** A new account (with its city role) signed in to `server`. */
  signIn: (spec: Parameters<typeof addSignedIn>[1]) => Promise<SignedIn>;
  /** The server in its own process (to SIGKILL or SIGTERM it) on `dataDir`; killed after the test. */
  spawnApp: (dataDir: string) => Promise<ServerProcess>;
  /** A fresh data folder, removed after the test (after the apps on it are closed). */
  newDataDir: () => string;
}

/** Everything one test opened, in the order it must be closed. */
export interface Opened {
  clients: TestClient[];
  rawSockets: RawCollabSocket[];
  sockets: WebSocket[];
  servers: RunningServer[];
  processes: ServerProcess[];
  dirs: string[];
}

const closeAll = async (opened: Opened): Promise<void> => {
  // Clients before servers: a server closing under a live provider only makes it reconnect.
  for (const client of opened.clients.splice(0)) client.destroy();
  for (const socket of opened.rawSockets.splice(0)) socket.close();
  for (const socket of opened.sockets.splice(0)) socket.terminate();
  for (const server of opened.servers.splice(0)) await server.close();
  for (const server of opened.processes.splice(0)) server.child.kill('SIGKILL');
  for (const dir of opened.dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
};

/** Closing twice (a test that restarts its app closes it itself) is a no-op the second time. */
const closedOnce = (server: RunningServer): RunningServer => {
  let closing: Promise<void> | null = null;
  return { ...server, close: () => (closing ??= server.close()) };
};

const perTest = base.extend<AppFixtures & { opened: Opened }>({
  // Vitest reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  opened: async ({}, use) => {
    const opened: Opened = { clients: [], rawSockets: [], sockets: [], servers: [], processes: [], dirs: [] };
    await use(opened);
    await closeAll(opened);
  },
  appOptions: {},
  startApp: async ({ opened }, use) => {
    await use(async (options = {}) => {
      const server = closedOnce(await startServer(options));
      opened.servers.push(server);
      return server;
    });
  },
  server: async ({ appOptions, startApp }, use) => {
    await use(await startApp(appOptions));
  },
  connect: async ({ opened }, use) => {
    await use((...args) => {
      const client = connectClient(...args);
      // A test may destroy a client itself (to leave); the cleanup must not do it twice.
      let destroyed = false;
      const once: TestClient = {
        ...client,
        destroy: () => {
          if (destroyed) return;
          destroyed = true;
          client.destroy();
        },
      };
      opened.clients.push(once);
      return once;
    });
  },
  openRaw: async ({ opened }, use) => {
    await use((...args) => {
      const socket = openRawSocket(...args);
      opened.rawSockets.push(socket);
      return socket;
    });
  },
  openSocket: async ({ opened }, use) => {
    await use((url, options) => {
      const socket = new WebSocket(url, options);
      opened.sockets.push(socket);
      return socket;
    });
  },
  signIn: async ({ server }, use) => {
    await use((spec) => addSignedIn(server.app, spec));
  },
  spawnApp: async ({ opened }, use) => {
    await use(async (dataDir) => {
      const server = await spawnServerProcess(dataDir);
      opened.processes.push(server);
      return server;
    });
  },
  newDataDir: async ({ opened }, use) => {
    await use(() => {
      const dir = makeDataDir();
      opened.dirs.push(dir);
      return dir;
    });
  },
});

export const appTest = perTest
  // Vitest reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  .extend('fileAppOptions', { scope: 'file' }, ({}): Partial<BuildAppOptions> => ({}))
  /** One app for every test of a file, started on first use and closed after the file's last test. */
  .extend('fileServer', { scope: 'file' }, async ({ fileAppOptions }, { onCleanup }): Promise<RunningServer> => {
    const server = await startServer(fileAppOptions);
    onCleanup(() => server.close());
    return server;
  });
