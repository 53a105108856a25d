import type { FastifyRequest } from 'fastify';
import { citySlugSchema, type AccessAction, type Principal } from '@iap/shared';
import * as z from 'zod/mini';
import { authorizeInCity, type CityLookup, type GatedCity } from './authorizeInCity.js';

export interface CityGrant<City> {
  principal: Principal;
  city: City;
}

/**
 * The city gate as route options, for routes under `/:slug` that declare a body or query
 * schema. Fastify validates the payload before the handler runs; the gate runs before that
 * (`preValidation`), so a caller who may not act in the city learns 401, 404 or 403 and
 * nothing about their payload, in the order the API has always answered.
 */
export function cityGate<City extends GatedCity>(cities: CityLookup<City>) {
  const grants = new WeakMap<FastifyRequest, CityGrant<City>>();
  return {
    /** Route options that run the gate for `action` on the `:slug` parameter. */
    check(action: AccessAction) {
      return {
        preValidation: async (request: FastifyRequest): Promise<void> => {
          const { slug } = request.params as { slug: string };
          grants.set(request, await authorizeInCity(request, cities, slug, action));
        },
      };
    },
    /** What the gate of this request granted; only for routes that `check`. */
    grantOf(request: FastifyRequest): CityGrant<City> {
      const grant = grants.get(request);
      if (!grant) throw new Error(`no city gate ran for ${request.routeOptions.url ?? request.url}`);
      return grant;
    },
  };
}

/** The `:slug` parameter of every city route (checked by the gate first: an unknown city is a 404). */
export const cityParamsSchema = z.object({ slug: citySlugSchema });
