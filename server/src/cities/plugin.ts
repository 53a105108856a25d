import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ACCESS_ACTIONS,
  citiesResponseSchema,
  cityDetailSchema,
  citySettingsPatchSchema,
  citySettingsSchema,
  iapDocumentName,
  type CitySummary,
  type Principal,
} from '@iap/shared';
import { cityGate, cityParamsSchema } from '../access/cityGate.js';
import { can } from '../access/policy.js';
import { requireAccount } from '../access/requestAccount.js';
import type { CityRecord, CityRepository } from './CityRepository.js';

function summarize(city: CityRecord, principal: Principal): CitySummary {
  return {
    slug: city.slug,
    name: city.name,
    country: city.country,
    language: city.language,
    iapDocument: iapDocumentName(city.slug),
    role: principal.cityRoles[city.slug] ?? null,
    isLeadPartner: city.leadPartnerCity === city.slug,
  };
}

export interface CitiesPluginOptions {
  cities: CityRepository;
}

/** The network's cities as the caller may see them, and city settings; under /api/cities. */
export async function citiesPlugin(app: FastifyInstance, options: CitiesPluginOptions): Promise<void> {
  const { cities } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const gate = cityGate(cities);

  routes.get('/', { schema: { response: { 200: citiesResponseSchema } } }, async (request) => {
    const { principal } = requireAccount(request);
    const visible = (await cities.list()).filter((city) => can(principal, 'city.read', city.slug));
    return { cities: visible.map((city) => summarize(city, principal)) };
  });

  routes.get('/:slug', { ...gate.check('city.read'), schema: { params: cityParamsSchema, response: { 200: cityDetailSchema } } }, async (request) => {
    const { principal, city } = gate.grantOf(request);
    const settings = { observersCanComment: city.observersCanComment };
    return {
      ...summarize(city, principal),
      network: { slug: city.networkSlug, name: city.networkName },
      settings,
      permissions: ACCESS_ACTIONS.filter((action) => can(principal, action, city.slug, settings)),
    };
  });

  const settingsSchema = { params: cityParamsSchema, body: citySettingsPatchSchema, response: { 200: citySettingsSchema } };
  routes.patch('/:slug/settings', { ...gate.check('city.settings'), schema: settingsSchema }, async (request) => {
    const { principal, city } = gate.grantOf(request);
    const patch = request.body;
    const next = { observersCanComment: patch.observersCanComment ?? city.observersCanComment };
    // Compared with what is stored inside the write: an unchanged setting writes no audit entry.
    await cities.updateSettings(city.slug, next, (previous) => [
      {
        actorId: principal.id,
        citySlug: city.slug,
        action: 'city.settings_changed',
        subject: { type: 'city', id: city.slug },
        details: { observersCanComment: { from: previous.observersCanComment, to: next.observersCanComment } },
      },
    ]);
    return next;
  });
}
