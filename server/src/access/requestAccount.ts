import type { FastifyRequest } from 'fastify';
import { ErrorCode, type Language, type Principal } from '@iap/shared';
import { AppError } from '../errors.js';

/**
 * The signed-in account of a request, as every capability sees it. Declared here, below the
 * capabilities, so a route can ask who is calling without importing the sign-in machinery
 * (auth/ fills it in, see auth/authentication.ts).
 */
export interface RequestAccount {
  /** `locale`: the language the person chose for the interface (and their downloads); null until they choose. */
  user: { id: string; email: string; name: string; locale: Language | null };
  principal: Principal;
  /** Hash of the session token: the key that ends this session and closes its sockets. */
  tokenHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account behind the session cookie, resolved for every /api request. */
    account: RequestAccount | null;
  }
}

/**
 * Reloads `request.account` from its session, for a request that stays open (an event stream):
 * false once the session has ended; true for an anonymous request, whose access is decided elsewhere.
 */
export type AccountRefresher = (request: FastifyRequest) => Promise<boolean>;

/** The caller's principal for the access policy, or null when anonymous. */
export function principalOf(request: FastifyRequest): Principal | null {
  return request.account?.principal ?? null;
}

/** The signed-in account, or a 401. */
export function requireAccount(request: FastifyRequest): RequestAccount {
  if (!request.account) throw new AppError(ErrorCode.unauthenticated, 'Sign in first');
  return request.account;
}
