import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorCode, loginRequestSchema, meSchema, updateMeRequestSchema, type Language } from '@iap/shared';
import { requireAccount, type RequestAccount } from '../access/requestAccount.js';
import { AppError } from '../errors.js';
import { clearSessionCookie, setSessionCookie, type SessionCookieOptions } from './authentication.js';
import type { LoginRateLimiter } from './LoginRateLimiter.js';
import { verifyAgainstNobody, verifyPassword } from './passwords.js';
import { describeAccount, type PrincipalDirectory } from './PrincipalDirectory.js';
import type { SessionService } from './SessionService.js';
import type { UserRepository } from './UserRepository.js';

export interface AuthPluginOptions {
  users: UserRepository;
  sessions: SessionService;
  principals: PrincipalDirectory;
  limiter: LoginRateLimiter;
  cookie: SessionCookieOptions;
}

/** One message for every failed sign-in: it must not reveal whether the e-mail has an account. */
const WRONG_CREDENTIALS = 'The e-mail address or the password is not right';

/** Sign-in, sign-out, `GET /me` and `PATCH /me`, under the /api prefix. */
export async function authPlugin(app: FastifyInstance, options: AuthPluginOptions): Promise<void> {
  const { users, sessions, principals, limiter } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post('/auth/login', { schema: { body: loginRequestSchema, response: { 200: meSchema } } }, async (request, reply) => {
    const body = request.body;
    const retryAfter = await limiter.begin(request.ip, body.email);
    if (retryAfter !== null) {
      void reply.header('retry-after', String(retryAfter));
      throw new AppError(ErrorCode.rateLimited, 'Too many failed sign-ins; try again later');
    }
    const user = await users.findByEmail(body.email);
    const matches =
      user && !user.disabled ? await verifyPassword(body.password, user.passwordHash) : await verifyAgainstNobody(body.password);
    const account = matches && user ? await principals.load(user.id) : null;
    if (!account) throw new AppError(ErrorCode.unauthenticated, WRONG_CREDENTIALS);
    await limiter.succeeded(request.ip, body.email);
    // A fresh token on every sign-in: a token planted before sign-in never gains rights.
    if (request.account) await sessions.end(request.account.tokenHash, 'replaced');
    const session = await sessions.start(account.user.id);
    setSessionCookie(reply, session.token, session.expiresAt, options.cookie);
    return describeAccount(account);
  });

  app.post('/auth/logout', async (request, reply) => {
    if (request.account) await sessions.end(request.account.tokenHash, 'signed_out');
    clearSessionCookie(reply, options.cookie);
    return reply.status(204).send();
  });

  // The session carries who is signed in; the chosen language is read from the account each time.
  const describeSignedIn = async (account: RequestAccount, locale?: Language) =>
    describeAccount({ ...account, user: { ...account.user, locale: locale ?? (await users.findById(account.user.id))?.locale ?? null } });

  routes.get('/me', { schema: { response: { 200: meSchema } } }, async (request) => describeSignedIn(requireAccount(request)));

  routes.patch(
    '/me',
    // Who asks is decided before the body is judged: a stranger learns nothing about valid locales.
    { preValidation: async (request) => void requireAccount(request), schema: { body: updateMeRequestSchema, response: { 200: meSchema } } },
    async (request) => {
      const account = requireAccount(request);
      await users.setLocale(account.user.id, request.body.locale);
      return describeSignedIn(account, request.body.locale);
    },
  );
}
