import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '@iap/shared';
import type { CityLookup, GatedCity } from '../access/authorizeInCity.js';
import { cityGate, cityParamsSchema } from '../access/cityGate.js';
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
  listedStakeholders(citySlug: string): Promise<ReadonlySet<string>>;
}

/** `GET /api/cities/:slug/audit`: who changed roles, membership, invites and the register. */
export async function auditPlugin(app: FastifyInstance, options: AuditPluginOptions): Promise<void> {
  const { cities, audit } = options;
  const gate = cityGate(cities);

  const schema = { params: cityParamsSchema, querystring: auditQuerySchema, response: { 200: auditPageSchema } };
  app.withTypeProvider<ZodTypeProvider>().get('/:slug/audit', { ...gate.check('audit.read'), schema }, async (request) => {
    const { principal, city } = gate.grantOf(request);
    const query = request.query;
    const entries = await audit.listCity(city.slug, query.before, query.limit);
    // The same rule as the register's own pages: whoever does not manage it sees the listed people only.
    const listed = can(principal, 'stakeholders.manage', city.slug) ? null : await options.listedStakeholders(city.slug);
    const last = entries.at(-1);
    return { entries: visibleAuditEntries(entries, listed), nextBefore: entries.length === query.limit && last ? last.id : null };
  });
}
