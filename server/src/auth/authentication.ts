import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, SESSION_COOKIE } from '@iap/shared';
import type { AccountRefresher } from '../access/requestAccount.js';
import { AppError } from '../errors.js';
import type { SessionService } from './SessionService.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie of every /api request into `request.account`, and refuses
 * state-changing requests sent from another origin. The SameSite=Lax cookie already stops
 * cross-site forms; the Origin check also covers same-site neighbours (another port on the host).
 * Call after @fastify/cookie is registered, at the root, so every route sees it.
 */
export function installAuthentication(app: FastifyInstance, sessions: SessionService): void {
  app.decorateRequest('account', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
      throw new AppError(ErrorCode.forbidden, 'Cross-origin request refused');
    }
    request.account = await sessions.resolve(request.cookies[SESSION_COOKIE]);
  });
}

/** Reloads a long-lived request's account from its session, without counting as activity. */
export function accountRefresher(sessions: Pick<SessionService, 'reload'>): AccountRefresher {
  return async (request) => {
    const current = request.account;
    if (!current) return true;
    const fresh = await sessions.reload(current.tokenHash);
    if (!fresh) return false;
    request.account = fresh;
    return true;
  };
}

/**
 * Browsers send Origin on cross-origin requests, WebSocket handshakes and every POST. When it
 * is there it must name this host; when it is absent (curl, server-to-server) there is no
 * ambient-credential attack to stop.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export interface SessionCookieOptions {
  /** Mark the cookie Secure (HTTPS only); on for any deployment behind TLS. */
  secure: boolean;
}

/** Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax, for the whole site. */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, options: SessionCookieOptions): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: SessionCookieOptions): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' });
}
