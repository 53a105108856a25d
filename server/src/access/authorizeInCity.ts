import type { FastifyRequest } from 'fastify';
import { ErrorCode, type AccessAction, type Principal } from '@iap/shared';
import { assertCan } from './policy.js';
import { AppError } from '../errors.js';
import { principalOf } from './requestAccount.js';

/** What the gate needs to know of a city: its setting that widens the policy. */
export interface GatedCity {
  slug: string;
  observersCanComment: boolean;
}

/**
 * How the gate finds a city. The city repository (cities/) implements it; the gate names only
 * this, so every capability can sit above access/ without access/ importing any of them.
 */
export interface CityLookup<City extends GatedCity> {
  /** The city, or null when no city has this slug. */
  find(slug: string): Promise<City | null>;
}

/**
 * The gate in front of every city route: 401 when anonymous, 404 for an unknown city (or one
 * the caller may not see), 403 when the policy says no. Returns the principal and the city.
 */
export async function authorizeInCity<City extends GatedCity>(
  request: FastifyRequest,
  cities: CityLookup<City>,
  slug: string,
  action: AccessAction,
): Promise<{ principal: Principal; city: City }> {
  const principal = principalOf(request);
  if (!principal) throw new AppError(ErrorCode.unauthenticated, 'Sign in first');
  const city = await cities.find(slug);
  if (!city) throw new AppError(ErrorCode.notFound, 'No such city');
  assertCan(principal, action, slug, { observersCanComment: city.observersCanComment });
  return { principal, city };
}
