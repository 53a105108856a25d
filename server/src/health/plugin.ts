import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorCode, healthSchema, type Health } from '@iap/shared';
import type { CollabService } from '../collab/CollabService.js';
import { AppError } from '../errors.js';
import { PROBE_TIMEOUT_MS } from '../storage/Storage.js';

const startedAt = Date.now();

/**
 * `GET /api/health`: whether the server can do its work, plus the numbers an operator looks at
 * first. A database that refuses commits, or does not answer within PROBE_TIMEOUT_MS, makes it a
 * 503, so a load balancer or monitor stops sending people to a server that would lose their words.
 */
export interface HealthPluginOptions {
  collab: CollabService;
  version: string;
  /** Commits a tiny write (Storage.probe); rejects when the database refuses commits. */
  probe: () => Promise<void>;
  engine: Health['storage'];
  /** Whether the other instances can be reached (DocumentFanout.reachable); absent for one process. */
  reachable?: () => boolean;
  /** How long the probe may take before health answers 503 (default PROBE_TIMEOUT_MS). */
  probeTimeoutMs?: number;
}

/** The probe did not settle in time: the database hangs rather than refuses. */
class NoAnswer extends Error {}

/** `probe()`, or a NoAnswer rejection after `ms` (the probe goes on; its own timeouts end it). */
async function boundedProbe(probe: () => Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([probe(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function healthPlugin(app: FastifyInstance, options: HealthPluginOptions): Promise<void> {
  const schema = { response: { 200: healthSchema } };
  app.withTypeProvider<ZodTypeProvider>().get('/health', { schema }, async (request): Promise<Health> => {
    try {
      await boundedProbe(options.probe, options.probeTimeoutMs ?? PROBE_TIMEOUT_MS);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const what = error instanceof NoAnswer ? 'The database does not answer' : 'The database refuses commits';
      request.log.error({ reason }, `health: ${what.toLowerCase()}`);
      throw new AppError(ErrorCode.unavailable, `${what}: ${reason}`);
    }
    return {
      status: 'ok',
      database: 'ok',
      storage: options.engine,
      fanout: options.reachable ? (options.reachable() ? 'ok' : 'unreachable') : 'single-instance',
      version: options.version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      openDocuments: options.collab.registry.openCount,
      connections: options.collab.connections.size,
    };
  });
}
