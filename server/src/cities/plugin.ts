import type { FastifyInstance } from 'fastify';
import {
  ACCESS_ACTIONS,
  citySettingsPatchSchema,
  iapDocumentName,
  type CitiesResponse,
  type CityDetail,
  type CitySettings,
  type CitySummary,
  type Principal,
} from '@iap/shared';
import { authorizeInCity } from '../access/authorizeInCity.js';
import { can } from '../access/policy.js';
import { requireAccount } from '../access/requestAccount.js';
import type { AuditLog } from '../audit/AuditLog.js';
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

type SlugParams = { Params: { slug: string } };

export interface CitiesPluginOptions {
  cities: CityRepository;
  audit: AuditLog;
}

/** The network's cities as the caller may see them, and city settings; under /api/cities. */
export async function citiesPlugin(app: FastifyInstance, options: CitiesPluginOptions): Promise<void> {
  const { cities, audit } = options;

  app.get('/', async (request): Promise<CitiesResponse> => {
    const { principal } = requireAccount(request);
    const visible = cities.list().filter((city) => can(principal, 'city.read', city.slug));
    return { cities: visible.map((city) => summarize(city, principal)) };
  });

  app.get<SlugParams>('/:slug', async (request): Promise<CityDetail> => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'city.read');
    const settings = { observersCanComment: city.observersCanComment };
    return {
      ...summarize(city, principal),
      network: { slug: city.networkSlug, name: city.networkName },
      settings,
      permissions: ACCESS_ACTIONS.filter((action) => can(principal, action, city.slug, settings)),
    };
  });

  app.patch<SlugParams>('/:slug/settings', async (request): Promise<CitySettings> => {
    const { principal, city } = authorizeInCity(request, cities, request.params.slug, 'city.settings');
    const patch = citySettingsPatchSchema.parse(request.body);
    const next = { observersCanComment: patch.observersCanComment ?? city.observersCanComment };
    if (next.observersCanComment !== city.observersCanComment) {
      app.db.transaction(() => {
        cities.setObserversCanComment(city.slug, next.observersCanComment);
        audit.record({
          actorId: principal.id,
          citySlug: city.slug,
          action: 'city.settings_changed',
          subject: { type: 'city', id: city.slug },
          details: { observersCanComment: { from: city.observersCanComment, to: next.observersCanComment } },
        });
      })();
    }
    return next;
  });
}
