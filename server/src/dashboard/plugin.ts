import type { FastifyInstance } from 'fastify';
import { compareQuerySchema, type NetworkDashboard as NetworkDashboardView, type PlanComparison } from '@iap/shared';
import { assertCanInNetwork } from '../access/policy.js';
import { principalOf } from '../access/requestAccount.js';
import { NetworkDashboard, type NetworkDashboardDeps } from './NetworkDashboard.js';

/** The lead partner's network view under /api/network (docs/API.md, "Network dashboard"). */
export async function dashboardPlugin(app: FastifyInstance, options: NetworkDashboardDeps): Promise<void> {
  const dashboard = new NetworkDashboard(options);

  app.get('/network/dashboard', async (request): Promise<NetworkDashboardView> => {
    assertCanInNetwork(principalOf(request), 'network.dashboard');
    return dashboard.read();
  });

  app.get('/network/compare', async (request): Promise<PlanComparison> => {
    assertCanInNetwork(principalOf(request), 'network.dashboard');
    const { a, b } = compareQuerySchema.parse(request.query);
    return dashboard.compare(a, b);
  });
}
