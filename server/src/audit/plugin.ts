import type { FastifyInstance } from 'fastify';
import { auditQuerySchema, type AuditPage } from '@iap/shared';
import { can } from '../access/policy.js';
import type { Clock } from '../auth/clock.js';
import { authorizeInCity } from '../cities/cityAccess.js';
import { CityRepository } from '../cities/CityRepository.js';
import { StakeholderRepository } from '../stakeholders/StakeholderRepository.js';
import { visibleStakeholders } from '../stakeholders/stakeholderView.js';
import { AuditLog } from './AuditLog.js';
import { visibleAuditEntries } from './auditView.js';

/** `GET /api/cities/:slug/audit`: who changed roles, membership, invites and the register. */
export async function auditPlugin(app: FastifyInstance, options: { clock: Clock }): Promise<void> {
  const cities = new CityRepository(app.db);
  const stakeholders = new StakeholderRepository(app.db);
  const audit = new AuditLog(app.db, options.clock);

  app.get<{ Params: { slug: string } }>('/:slug/audit', async (request): Promise<AuditPage> => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'audit.read');
    const query = auditQuerySchema.parse(request.query);
    const entries = audit.listCity(city.slug, query.before, query.limit);
    // The same rule as the register's own pages: whoever does not manage it sees the listed people only.
    const listed = can(principal, 'stakeholders.manage', city.slug)
      ? null
      : new Set(visibleStakeholders(stakeholders.listCity(city.slug), false).map((stakeholder) => stakeholder.id));
    const last = entries.at(-1);
    return { entries: visibleAuditEntries(entries, listed), nextBefore: entries.length === query.limit && last ? last.id : null };
  });
}
