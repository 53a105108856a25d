import type { FastifyInstance } from 'fastify';
import { citySlugOfIapDocument, ErrorCode, movePlanStateSchema, type PlanStateInfo } from '@iap/shared';
import { authorizeInCity } from '../access/authorizeInCity.js';
import type { CityRepository } from '../cities/CityRepository.js';
import { AppError } from '../errors.js';
import type { PlanStateService } from './PlanStateService.js';

export interface PlanStatesPluginOptions {
  planStates: PlanStateService;
  cities: CityRepository;
}

/** The plan workflow under /api/documents/:name/state (docs/API.md). */
export async function planStatesPlugin(app: FastifyInstance, options: PlanStatesPluginOptions): Promise<void> {
  const { planStates, cities } = options;

  const cityOf = (name: string): string => {
    const slug = citySlugOfIapDocument(name);
    if (!slug) throw new AppError(ErrorCode.notFound, 'No such document');
    return slug;
  };

  app.get<{ Params: { name: string } }>('/documents/:name/state', async (request): Promise<PlanStateInfo> => {
    const slug = cityOf(request.params.name);
    const { principal } = authorizeInCity(request, cities, slug, 'iap.read');
    return planStates.info(request.params.name, slug, principal);
  });

  app.post<{ Params: { name: string } }>('/documents/:name/state', async (request): Promise<PlanStateInfo> => {
    const slug = cityOf(request.params.name);
    // Reading the plan is the floor; which steps a role may take is the service's decision (403 there).
    const { principal } = authorizeInCity(request, cities, slug, 'iap.read');
    const { to, note } = movePlanStateSchema.parse(request.body);
    return planStates.move(request.params.name, slug, principal, to, note ?? null);
  });
}
