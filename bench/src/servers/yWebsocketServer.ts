import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { runServerChild } from './childRuntime.js';
import { sqliteUpdateLog } from './sqliteUpdateLog.js';

/**
 * The y-websocket reference server (@y/websocket-server 0.1.1, `utils.js`), wired the way
 * its own `server.js` does, with every update appended to SQLite (or nothing stored at all).
 */
runServerChild(async (config, loads) => {
  const log = config.inMemory ? null : sqliteUpdateLog(path.join(config.dataDir, 'y-websocket.sqlite'), loads);
  setPersistence(log ? log.persistence : null);
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('okay');
  });
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => setupWSConnection(ws, request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      log?.db.close();
    },
  };
});
