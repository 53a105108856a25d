// A real server process with the open collab core (no accounts), for crash and signal tests.
// Prints "listening <port>" once ready; configured by DATA_DIR and optional COMPACT_AFTER.
import { buildApp } from '@iap/server';
import { openAccess } from '@iap/server/collab/access';

const compactAfter = Number(process.env.COMPACT_AFTER ?? 500);
const app = await buildApp({
  dataDir: process.env.DATA_DIR,
  clientDir: null,
  logLevel: 'warn',
  collabAccess: openAccess,
  compaction: { maxLogCount: compactAfter, delayMs: 10 },
});
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${app.server.address().port}`);
