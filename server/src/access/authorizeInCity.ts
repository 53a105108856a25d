import type { FastifyRequest } from 'fastify';
import { ErrorCode, type AccessAction, type Principal } from '@iap/shared';
import { assertCan } from '../access/policy.js';
import { AppError } from '../errors.js';
import { principalOf } from '../auth/authentication.js';
import type { CityRecord, CityRepository } from './CityRepository.js';

/**
 * The gate in front of every city route: 401 when anonymous, 404 for an unknown city (or one
 * the caller may not see), 403 when the policy says no. Returns the principal and the city.
 */
export function authorizeInCity(
  request: FastifyRequest,
  cities: CityRepository,
  slug: string,
  action: AccessAction,
): { principal: Principal; city: CityRecord } {
  const principal = principalOf(request);
  if (!principal) throw new AppError(ErrorCode.unauthenticated, 'Sign in first');
  const city = cities.find(slug);
  if (!city) throw new AppError(ErrorCode.notFound, 'No such city');
  assertCan(principal, action, slug, { observersCanComment: city.observersCanComment });
  return { principal, city };
}
