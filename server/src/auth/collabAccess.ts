import { fastifyCookie } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { CloseCode, SESSION_COOKIE, type Principal } from '@iap/shared';
import type { CityLookup, GatedCity } from '../access/authorizeInCity.js';
import { can } from '../access/policy.js';
import { CollabRefusal, type CollabAccess, type CollabGrant } from '../collab/access.js';
import { documentKindOf, type DocumentKind } from '../documents/documentKinds.js';
import { isSameOrigin } from './authentication.js';
import type { PrincipalDirectory } from './PrincipalDirectory.js';
import type { SessionService } from './SessionService.js';

/**
 * Access to collaboration documents for signed-in accounts. The upgrade request carries the
 * session cookie; the document must be of a known kind (documents/documentKinds.ts: a city's
 * IAP) in a city the account may read, and the connection may write only with the kind's
 * write action (`iap.edit`). Roles are read again on every regrant, so a
 * role change or removal reaches sockets that are already open.
 */
export class SessionCollabAccess implements CollabAccess {
  constructor(
    private readonly sessions: SessionService,
    private readonly principals: PrincipalDirectory,
    private readonly cities: CityLookup<GatedCity>,
  ) {}

  async authorize(request: FastifyRequest, documentName: string): Promise<CollabGrant> {
    // A page on another origin could otherwise open a socket with the visitor's cookie.
    if (!isSameOrigin(request)) throw new CollabRefusal(CloseCode.forbidden, 'cross-origin connection refused');
    const cookies = fastifyCookie.parse(request.headers.cookie ?? '');
    const account = await this.sessions.resolve(cookies[SESSION_COOKIE]);
    if (!account) throw new CollabRefusal(CloseCode.unauthenticated, 'sign in to open this document');
    const kind = await this.knownKind(documentName);
    if (!can(account.principal, kind.readAction, kind.citySlug)) {
      throw new CollabRefusal(CloseCode.forbidden, `your account may not read ${documentName}`);
    }
    return { ...grantFor(account.principal, kind, account.user.name), sessionKey: account.tokenHash };
  }

  async regrant(userId: string | null, documentName: string): Promise<CollabGrant | null> {
    if (!userId) return null;
    const account = await this.principals.load(userId);
    const kind = documentKindOf(documentName);
    if (!account || !kind || !can(account.principal, kind.readAction, kind.citySlug)) return null;
    return grantFor(account.principal, kind, account.user.name);
  }

  sessionActive(sessionKey: string): Promise<boolean> {
    return this.sessions.isActive(sessionKey);
  }

  private async knownKind(documentName: string): Promise<DocumentKind> {
    const kind = documentKindOf(documentName);
    if (!kind || !(await this.cities.find(kind.citySlug))) throw new CollabRefusal(CloseCode.notFound, `no document ${documentName}`);
    return kind;
  }
}

function grantFor(principal: Principal, kind: DocumentKind, displayName: string): CollabGrant {
  return { userId: principal.id, displayName, canWrite: can(principal, kind.writeAction, kind.citySlug) };
}
