import { buildApp } from './app.js';
import { readConfig } from './config.js';

/** The only file that reads process.env: configure, build, listen, and shut down cleanly. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const app = await buildApp({
    dataDir: config.dataDir,
    sqliteSynchronous: config.sqliteSynchronous,
    logLevel: config.logLevel,
  });
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: flushing documents');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
