import type { FastifyRequest } from 'fastify';
import { ErrorCode, type AccessAction } from '@iap/shared';
import * as z from 'zod/mini';
import { authorizeInCity, type CityLookup, type GatedCity } from '../access/authorizeInCity.js';
import type { CityGrant } from '../access/cityGate.js';
import { AppError } from '../errors.js';
import { documentKindOf, type DocumentKind } from './documentKinds.js';

export interface DocumentGrant<City> extends CityGrant<City> {
  kind: DocumentKind;
}

/** The action a route needs on a document, which may depend on its kind (its read or write action). */
export type DocumentAction = AccessAction | ((kind: DocumentKind) => AccessAction);

/** Reading a document of any kind: the kind names the policy's action. */
export const readsDocument = (kind: DocumentKind): AccessAction => kind.readAction;
/** Changing a document's content: the kind names the policy's action. */
export const writesDocument = (kind: DocumentKind): AccessAction => kind.writeAction;

/**
 * The gate of routes under `/documents/:name`, as route options: the city gate, for the city
 * the document-kind resolver finds in the name. A name no kind claims is a 404 before anything
 * else, as it always was. It runs before Fastify validates the payload (`preValidation`), so a
 * caller without access learns 401, 404 or 403 and nothing about their payload.
 */
export function documentGate<City extends GatedCity>(cities: CityLookup<City>) {
  const grants = new WeakMap<FastifyRequest, DocumentGrant<City>>();
  return {
    /** Route options that run the gate for `action` on the `:name` parameter. */
    check(action: DocumentAction) {
      return {
        preValidation: async (request: FastifyRequest): Promise<void> => {
          const { name } = request.params as { name: string };
          const kind = documentKindOf(name);
          if (!kind) throw new AppError(ErrorCode.notFound, 'No such document');
          const needed = typeof action === 'function' ? action(kind) : action;
          grants.set(request, { ...(await authorizeInCity(request, cities, kind.citySlug, needed)), kind });
        },
      };
    },
    /** What the gate of this request granted; only for routes that `check`. */
    grantOf(request: FastifyRequest): DocumentGrant<City> {
      const grant = grants.get(request);
      if (!grant) throw new Error(`no document gate ran for ${request.routeOptions.url ?? request.url}`);
      return grant;
    },
  };
}

/** The `:name` parameter of every document route (checked by the gate first: an unknown name is a 404). */
export const documentParamsSchema = z.object({ name: z.string() });
