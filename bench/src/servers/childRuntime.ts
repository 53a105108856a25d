import { CONFIG_ENV, type ChildMessage, type ParentMessage, type ServerConfig } from './childProtocol.js';

export interface StartedServer {
  port: number;
  /** Graceful stop: each server flushes what it keeps in memory, the way it does on SIGTERM. */
  stop: () => Promise<void>;
}

/** Server-side load time (ms) of each document, recorded by the server script on first load. */
export type LoadTimes = Map<string, number>;

/** A stop that hangs must not keep a benchmark run alive. */
const STOP_TIMEOUT_MS = 15_000;

/**
 * The part every server script shares: read the config, start, report the port, answer the
 * bench process (gc, load times), stop on SIGTERM, and exit when the bench process is gone.
 */
export function runServerChild(start: (config: ServerConfig, loads: LoadTimes) => Promise<StartedServer>): void {
  const config = JSON.parse(process.env[CONFIG_ENV] ?? '{}') as ServerConfig;
  const loads: LoadTimes = new Map();
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  start(config, loads).then(
    (server) => {
      let stopping = false;
      const stop = (): void => {
        if (stopping) return;
        stopping = true;
        setTimeout(() => process.exit(2), STOP_TIMEOUT_MS).unref();
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(error);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', stop);
      // The IPC channel closes when the bench process dies: do not outlive it.
      process.on('disconnect', stop);
      process.on('message', (message: ParentMessage) => {
        if (message.type === 'gc') {
          // Two passes: the first can leave objects that only become garbage after finalizers ran.
          globalThis.gc?.();
          globalThis.gc?.();
          send({ type: 'gc', heapUsedBytes: process.memoryUsage().heapUsed });
        } else {
          send({ type: 'loads', loads: Object.fromEntries(loads) });
        }
      });
      send({ type: 'ready', port: server.port });
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
