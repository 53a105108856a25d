import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '@iap/server';

export interface RunningServer {
  app: FastifyInstance;
  dataDir: string;
  httpUrl: string;
  wsUrl: string;
  close: () => Promise<void>;
}

/** A fresh temporary data folder (a real SQLite file), removed by the caller's cleanup. */
export function makeDataDir(prefix = 'iap-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Builds the real app on a real SQLite file and listens on a free loopback port. */
export async function startServer(options: Partial<BuildAppOptions> = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? makeDataDir();
  const app = await buildApp({ clientDir: null, logLevel: 'warn', ...options, dataDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    close: () => app.close(),
  };
}
