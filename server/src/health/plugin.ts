import type { FastifyInstance } from 'fastify';
import type { Health } from '@iap/shared';
import type { CollabService } from '../collab/CollabService.js';

const startedAt = Date.now();

/** `GET /api/health`: liveness plus the numbers an operator looks at first. */
export async function healthPlugin(app: FastifyInstance, options: { collab: CollabService; version: string }): Promise<void> {
  app.get('/health', (): Health => ({
    status: 'ok',
    version: options.version,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    openDocuments: options.collab.registry.openCount,
    connections: options.collab.connections.size,
  }));
}
