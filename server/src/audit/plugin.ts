import type { FastifyInstance } from 'fastify';
import { auditQuerySchema, type AuditPage } from '@iap/shared';
import type { Clock } from '../auth/clock.js';
import { authorizeInCity } from '../cities/cityAccess.js';
import { CityRepository } from '../cities/CityRepository.js';
import { AuditLog } from './AuditLog.js';

/** `GET /api/cities/:slug/audit`: who changed roles, membership, invites and the register. */
export async function auditPlugin(app: FastifyInstance, options: { clock: Clock }): Promise<void> {
  const cities = new CityRepository(app.db);
  const audit = new AuditLog(app.db, options.clock);

  app.get<{ Params: { slug: string } }>('/:slug/audit', async (request): Promise<AuditPage> => {
    const { city } = authorizeInCity(request, cities, request.params.slug, 'audit.read');
    const query = auditQuerySchema.parse(request.query);
    const entries = audit.listCity(city.slug, query.before, query.limit);
    const last = entries.at(-1);
    return { entries, nextBefore: entries.length === query.limit && last ? last.id : null };
  });
}
