import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { runServerChild } from './childRuntime.js';

/**
 * Hocuspocus 4.7 with its SQLite extension, default settings: it broadcasts an update as
 * soon as it is applied in memory, and stores the whole document 2 s after the last change
 * (at most 10 s while changes keep coming) and when the last client leaves.
 *
 * With a Redis URL it is one instance of several, with its Redis extension (default settings):
 * each instance keeps its own SQLite file (a deployment would point a database extension at a
 * shared one; storing is off the update path either way), and the extension's Redis lock keeps
 * two instances from storing the same document at once.
 */
runServerChild(async (config, loads) => {
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    // The bench runtime handles SIGTERM and calls destroy(), which flushes pending stores.
    stopOnSignals: false,
    extensions: [
      ...(config.redisUrl ? [redisExtension(config.redisUrl, config.redisPrefix ?? 'hocuspocus')] : []),
      new SQLite({ database: path.join(config.dataDir, 'hocuspocus.sqlite') }),
    ],
  });
  // Server-side load time: createDocument runs onLoadDocument (the SQLite fetch) and applies the state.
  const hocuspocus = server.hocuspocus;
  const createDocument = hocuspocus.createDocument.bind(hocuspocus);
  hocuspocus.createDocument = (name, ...rest) => {
    const started = performance.now();
    const creating = createDocument(name, ...rest);
    if (!loads.has(name)) {
      loads.set(name, Number.NaN);
      void creating.then(() => loads.set(name, performance.now() - started));
    }
    return creating;
  };
  await server.listen();
  return { port: server.address.port, stop: () => server.destroy() };
});

function redisExtension(url: string, prefix: string): Redis {
  const { hostname, port } = new URL(url);
  return new Redis({ host: hostname, port: Number(port || 6379), prefix });
}
