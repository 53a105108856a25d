import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { movePlanStateSchema, planStateInfoSchema } from '@iap/shared';
import type { CityLookup, GatedCity } from '../access/authorizeInCity.js';
import { documentGate, documentParamsSchema, readsDocument } from '../documents/documentGate.js';
import type { PlanStateService } from './PlanStateService.js';

export interface PlanStatesPluginOptions {
  planStates: PlanStateService;
  cities: CityLookup<GatedCity>;
}

/** The plan workflow under /api/documents/:name/state (docs/API.md). */
export async function planStatesPlugin(app: FastifyInstance, options: PlanStatesPluginOptions): Promise<void> {
  const { planStates } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const gate = documentGate(options.cities);
  // Reading the plan is the floor for both routes; which steps a role may take is the service's decision (403 there).
  const reads = gate.check(readsDocument);

  routes.get(
    '/documents/:name/state',
    { ...reads, schema: { params: documentParamsSchema, response: { 200: planStateInfoSchema } } },
    async (request) => {
      const { principal, kind } = gate.grantOf(request);
      return planStates.info(request.params.name, kind.citySlug, principal);
    },
  );

  routes.post(
    '/documents/:name/state',
    { ...reads, schema: { params: documentParamsSchema, body: movePlanStateSchema, response: { 200: planStateInfoSchema } } },
    async (request) => {
      const { principal, kind } = gate.grantOf(request);
      const { to, note } = request.body;
      return planStates.move(request.params.name, kind.citySlug, principal, to, note ?? null);
    },
  );
}
