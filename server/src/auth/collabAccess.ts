import { fastifyCookie } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { CloseCode, SESSION_COOKIE, type Principal } from '@iap/shared';
import { can } from '../access/policy.js';
import { cityOfIapDocument } from '../cities/cityDocuments.js';
import type { CityRepository } from '../cities/CityRepository.js';
import { CollabRefusal, type CollabAccess, type CollabGrant } from '../collab/access.js';
import { isSameOrigin } from './authentication.js';
import type { PrincipalDirectory } from './PrincipalDirectory.js';
import type { SessionService } from './SessionService.js';

/**
 * Access to collaboration documents for signed-in accounts. The upgrade request carries the
 * session cookie; the document must be a city's IAP (`iap.<slug>`) the account may read, and
 * the connection may write only with `iap.edit`. Roles are read again on every regrant, so a
 * role change or removal reaches sockets that are already open.
 */
export class SessionCollabAccess implements CollabAccess {
  constructor(
    private readonly sessions: SessionService,
    private readonly principals: PrincipalDirectory,
    private readonly cities: CityRepository,
  ) {}

  async authorize(request: FastifyRequest, documentName: string): Promise<CollabGrant> {
    // A page on another origin could otherwise open a socket with the visitor's cookie.
    if (!isSameOrigin(request)) throw new CollabRefusal(CloseCode.forbidden, 'cross-origin connection refused');
    const cookies = fastifyCookie.parse(request.headers.cookie ?? '');
    const account = this.sessions.resolve(cookies[SESSION_COOKIE]);
    if (!account) throw new CollabRefusal(CloseCode.unauthenticated, 'sign in to open this document');
    const citySlug = this.knownCity(documentName);
    if (!can(account.principal, 'iap.read', citySlug)) {
      throw new CollabRefusal(CloseCode.forbidden, `your account may not read ${documentName}`);
    }
    return { ...grantFor(account.principal, citySlug, account.user.name), sessionKey: account.tokenHash };
  }

  async regrant(userId: string | null, documentName: string): Promise<CollabGrant | null> {
    if (!userId) return null;
    const account = this.principals.load(userId);
    const citySlug = cityOfIapDocument(documentName);
    if (!account || !citySlug || !can(account.principal, 'iap.read', citySlug)) return null;
    return grantFor(account.principal, citySlug, account.user.name);
  }

  private knownCity(documentName: string): string {
    const citySlug = cityOfIapDocument(documentName);
    if (!citySlug || !this.cities.find(citySlug)) throw new CollabRefusal(CloseCode.notFound, `no document ${documentName}`);
    return citySlug;
  }
}

function grantFor(principal: Principal, citySlug: string, displayName: string): CollabGrant {
  return { userId: principal.id, displayName, canWrite: can(principal, 'iap.edit', citySlug) };
}
