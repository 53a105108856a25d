import type { FastifyInstance } from 'fastify';
import { auditQuerySchema, type AuditPage } from '@iap/shared';
import { authorizeInCity, type CityLookup, type GatedCity } from '../access/authorizeInCity.js';
import { can } from '../access/policy.js';
import type { AuditLog } from './AuditLog.js';
import { visibleAuditEntries } from './auditView.js';

export interface AuditPluginOptions {
  cities: CityLookup<GatedCity>;
  audit: AuditLog;
  /**
   * The ids of the stakeholders the register lists to a reader who does not manage it. Passed
   * in by the app (the register is the stakeholders capability's, which records into this log).
   */
  listedStakeholders(citySlug: string): ReadonlySet<string>;
}

/** `GET /api/cities/:slug/audit`: who changed roles, membership, invites and the register. */
export async function auditPlugin(app: FastifyInstance, options: AuditPluginOptions): Promise<void> {
  const { cities, audit } = options;

  app.get<{ Params: { slug: string } }>('/:slug/audit', async (request): Promise<AuditPage> => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'audit.read');
    const query = auditQuerySchema.parse(request.query);
    const entries = audit.listCity(city.slug, query.before, query.limit);
    // The same rule as the register's own pages: whoever does not manage it sees the listed people only.
    const listed = can(principal, 'stakeholders.manage', city.slug) ? null : options.listedStakeholders(city.slug);
    const last = entries.at(-1);
    return { entries: visibleAuditEntries(entries, listed), nextBefore: entries.length === query.limit && last ? last.id : null };
  });
}
