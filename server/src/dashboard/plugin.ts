import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { compareQuerySchema, networkDashboardSchema, planComparisonSchema } from '@iap/shared';
import { assertCanInNetwork } from '../access/policy.js';
import { principalOf } from '../access/requestAccount.js';
import { NetworkDashboard, type NetworkDashboardDeps } from './NetworkDashboard.js';

/** The lead partner's network view under /api/network (docs/API.md, "Network dashboard"). */
export async function dashboardPlugin(app: FastifyInstance, options: NetworkDashboardDeps): Promise<void> {
  const dashboard = new NetworkDashboard(options);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Access is decided before the query is validated: anyone else learns 401 or 403, nothing more.
  const leadPartnerOnly = {
    preValidation: async (request: FastifyRequest): Promise<void> => assertCanInNetwork(principalOf(request), 'network.dashboard'),
  };

  routes.get('/network/dashboard', { ...leadPartnerOnly, schema: { response: { 200: networkDashboardSchema } } }, () => dashboard.read());

  routes.get(
    '/network/compare',
    { ...leadPartnerOnly, schema: { querystring: compareQuerySchema, response: { 200: planComparisonSchema } } },
    (request) => dashboard.compare(request.query.a, request.query.b),
  );
}
