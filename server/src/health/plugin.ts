import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorCode, healthSchema, type Health } from '@iap/shared';
import type { CollabService } from '../collab/CollabService.js';
import { probeCommit } from '../db/probeCommit.js';
import { AppError } from '../errors.js';

const startedAt = Date.now();

/**
 * `GET /api/health`: whether the server can do its work, plus the numbers an operator looks at
 * first. A database that refuses commits makes it a 503, so a load balancer or monitor stops
 * sending people to a server that would lose their words.
 */
export async function healthPlugin(app: FastifyInstance, options: { collab: CollabService; version: string }): Promise<void> {
  const schema = { response: { 200: healthSchema } };
  app.withTypeProvider<ZodTypeProvider>().get('/health', { schema }, async (request): Promise<Health> => {
    const database = probeCommit(app.db);
    if (!database.ok) {
      request.log.error({ reason: database.reason }, 'health: the database refuses commits');
      throw new AppError(ErrorCode.unavailable, `The database refuses commits: ${database.reason}`);
    }
    return {
      status: 'ok',
      database: 'ok',
      version: options.version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      openDocuments: options.collab.registry.openCount,
      connections: options.collab.connections.size,
    };
  });
}
