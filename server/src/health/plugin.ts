import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorCode, healthSchema, type Health } from '@iap/shared';
import type { CollabService } from '../collab/CollabService.js';
import { AppError } from '../errors.js';

const startedAt = Date.now();

/**
 * `GET /api/health`: whether the server can do its work, plus the numbers an operator looks at
 * first. A database that refuses commits makes it a 503, so a load balancer or monitor stops
 * sending people to a server that would lose their words.
 */
export interface HealthPluginOptions {
  collab: CollabService;
  version: string;
  /** Commits a tiny write (Storage.probe); rejects when the database refuses commits. */
  probe: () => Promise<void>;
  engine: Health['storage'];
  /** Whether the other instances can be reached (DocumentFanout.reachable); absent for one process. */
  reachable?: () => boolean;
}

export async function healthPlugin(app: FastifyInstance, options: HealthPluginOptions): Promise<void> {
  const schema = { response: { 200: healthSchema } };
  app.withTypeProvider<ZodTypeProvider>().get('/health', { schema }, async (request): Promise<Health> => {
    try {
      await options.probe();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      request.log.error({ reason }, 'health: the database refuses commits');
      throw new AppError(ErrorCode.unavailable, `The database refuses commits: ${reason}`);
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
