import type { ProcessSample } from './procStats.js';
import { ServerProcess, type StartOptions } from './ServerProcess.js';
import { createDatabase, REDIS_URL, uniqueName } from './sharedServices.js';
import type { ServerSetup } from './targets.js';

/**
 * One server as clients meet it: a single process, or several instances (each its own
 * process) over a fresh PostgreSQL database and a Redis channel prefix of their own. Client
 * `i` is sent to instance `i mod n`, so the clients of any one document are spread over every
 * instance and a change must cross instances to reach most of them.
 */
export class ServerGroup {
  private constructor(
    readonly setup: ServerSetup,
    readonly instances: readonly ServerProcess[],
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(setup: ServerSetup, options: StartOptions = {}): Promise<ServerGroup> {
    const scaleOut = setup.scaleOut;
    if (!scaleOut) return new ServerGroup(setup, [await ServerProcess.start(setup, options)], () => Promise.resolve());
    const database = scaleOut.postgres ? await createDatabase() : null;
    const config = {
      ...setup.config,
      ...(database ? { databaseUrl: database.url } : {}),
      ...(scaleOut.redis ? { redisUrl: REDIS_URL, redisPrefix: uniqueName('bench') } : {}),
    };
    const instances: ServerProcess[] = [];
    try {
      // One after another: the first migrates the empty database (the others would wait on its lock anyway).
      for (let index = 0; index < scaleOut.instances; index += 1) {
        instances.push(await ServerProcess.start({ ...setup, config }, options));
      }
    } catch (error) {
      await Promise.all(instances.map((instance) => instance.dispose()));
      await database?.drop();
      throw error;
    }
    return new ServerGroup(setup, instances, database ? database.drop : () => Promise.resolve());
  }

  get label(): string {
    return this.setup.label;
  }

  /** The address client number `clientIndex` uses for `document`. */
  documentUrl(document: string, clientIndex = 0): string {
    const instance = this.instances[clientIndex % this.instances.length];
    if (!instance) throw new Error(`${this.label} has no instance`);
    return instance.documentUrl(document);
  }

  /** CPU time and memory of all instances together. */
  sample(): ProcessSample {
    const samples = this.instances.map((instance) => instance.sample());
    const sum = (pick: (sample: ProcessSample) => number): number => samples.reduce((total, sample) => total + pick(sample), 0);
    return { cpuSeconds: sum((sample) => sample.cpuSeconds), rssBytes: sum((sample) => sample.rssBytes), peakRssBytes: sum((sample) => sample.peakRssBytes) };
  }

  /** Stops every instance, removes their data folders and drops the group's database. */
  async dispose(): Promise<void> {
    await Promise.all(this.instances.map((instance) => instance.dispose()));
    await this.dropDatabase();
  }
}
