import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { useEnglishZodMessages } from './zodMessages.js';
import { systemClock } from './clock.js';
import { demoBanner } from './seed/demoBanner.js';
import { seedDemo } from './seed/demoSeed.js';
import { openScaleOut, startupLog } from './scaleOut.js';

/** The only file that reads process.env: configure, build, listen, and shut down cleanly. */
async function main(): Promise<void> {
  useEnglishZodMessages();
  const config = readConfig(process.env);
  const scaleOut = await openScaleOut(config, startupLog, systemClock);
  const app = await buildApp({
    storage: scaleOut.storage,
    ...(scaleOut.fanout ? { fanout: scaleOut.fanout } : {}),
    dataDir: config.dataDir,
    logLevel: config.logLevel,
    sessionPolicy: config.sessionPolicy,
    secureCookies: config.secureCookies,
    maxDocumentBytes: config.maxDocumentBytes,
  });
  // Last line of defence: a rejection nobody handled (a bug reached by one client's message)
  // is logged and the server keeps serving every other city, instead of exiting for all.
  process.on('unhandledRejection', (reason: unknown) => {
    app.log.error({ err: reason }, 'unhandled rejection; still serving');
  });
  const demo = config.demoSeed
    ? await seedDemo(app.storage, systemClock, { registry: app.collab.registry, planStates: app.planStates, versions: app.versions })
    : null;
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: flushing documents');
    app.close().then(
      () => scaleOut.close().finally(() => process.exit(0)),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  const url = await app.listen({ port: config.port, host: config.host });
  if (demo) console.log(demoBanner(url, demo));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
