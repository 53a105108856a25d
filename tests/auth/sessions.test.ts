import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '@iap/server';
import { CloseCode, SESSION_COOKIE } from '@iap/shared';
import { makeDataDir, startServer, type RunningServer } from '../support/server.js';
import { createAccount, PASSWORD, signIn } from '../access/people.js';
import { openRawSocket } from '../access/rawSocket.js';

const MINUTE = 60_000;

describe('sign-in and sessions', () => {
  let app: FastifyInstance | null = null;
  let server: RunningServer | null = null;
  let now = Date.parse('2025-03-03T09:00:00Z');
  const clock = (): number => now;

  const build = async (options: Partial<BuildAppOptions> = {}): Promise<FastifyInstance> => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn', clock, ...options });
    return app;
  };
  const me = (cookie: string) => app!.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  const login = (payload: object, remoteAddress = '127.0.0.1') =>
    app!.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress });

  afterEach(async () => {
    await app?.close();
    await server?.close();
    app = null;
    server = null;
  });

  it('signing in sets an HttpOnly, SameSite=Lax session cookie, and /me tells who and which roles', async () => {
    await build();
    const account = await createAccount(app!, { name: 'Ana', city: 'obidos', role: 'facilitator' });
    const response = await login({ email: account.email.toUpperCase(), password: PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(response.json()).toEqual({
      user: { id: account.id, email: account.email, name: 'Ana' },
      networkRole: null,
      cityRoles: { obidos: 'facilitator' },
      locale: null,
    });
    expect((await me(`${SESSION_COOKIE}=${cookie.value}`)).json()).toEqual(response.json());
  });

  it('the database keeps only a hash of the session token and a scrypt hash of the password', async () => {
    await build();
    const account = await createAccount(app!, { name: 'Hash', city: 'mizil' });
    const token = (await signIn(app!, account.email)).split('=')[1]!;
    const sessions = app!.db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(sessions).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const { password_hash } = app!.db.prepare('SELECT password_hash FROM users WHERE id = ?').get(account.id) as {
      password_hash: string;
    };
    expect(password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(password_hash).not.toContain(PASSWORD);
  });

  it('a wrong password and an unknown e-mail get the same answer, so accounts cannot be enumerated', async () => {
    await build();
    const account = await createAccount(app!, { name: 'Known', city: 'mizil' });
    const wrongPassword = await login({ email: account.email, password: 'not the password' });
    const unknownEmail = await login({ email: 'nobody@people.test', password: 'not the password' });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.cookies).toEqual([]);
  });

  it('logout ends the session on the server: the old cookie stops working', async () => {
    await build();
    const account = await createAccount(app!, { name: 'Leaving', city: 'mizil' });
    const cookie = await signIn(app!, account.email);
    expect((await me(cookie)).statusCode).toBe(200);

    const logout = await app!.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
    expect(app!.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('a session unused for longer than the idle limit expires', async () => {
    await build({ sessionPolicy: { idleMs: 30 * MINUTE, absoluteMs: 24 * 60 * MINUTE } });
    const account = await createAccount(app!, { name: 'Idle', city: 'mizil' });
    const cookie = await signIn(app!, account.email);
    now += 29 * MINUTE;
    expect((await me(cookie)).statusCode).toBe(200);
    now += 29 * MINUTE;
    expect((await me(cookie)).statusCode).toBe(200);
    now += 31 * MINUTE;
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('an active session still ends at the absolute limit', async () => {
    await build({ sessionPolicy: { idleMs: 30 * MINUTE, absoluteMs: 120 * MINUTE } });
    const account = await createAccount(app!, { name: 'Busy', city: 'mizil' });
    const cookie = await signIn(app!, account.email);
    for (let elapsed = 20; elapsed < 120; elapsed += 20) {
      now += 20 * MINUTE;
      expect((await me(cookie)).statusCode).toBe(200);
    }
    now += 20 * MINUTE;
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('an expired session cannot open a collaboration socket (4401)', async () => {
    server = await startServer({ clock, sessionPolicy: { idleMs: 30 * MINUTE } });
    const account = await createAccount(server.app, { name: 'Socket', city: 'mizil' });
    const cookie = await signIn(server.app, account.email);
    const fresh = openRawSocket(server.wsUrl, 'iap.mizil', { cookie });
    expect(await fresh.outcome).toEqual({ granted: true });
    fresh.close();

    now += 31 * MINUTE;
    const late = openRawSocket(server.wsUrl, 'iap.mizil', { cookie });
    expect(await late.closed).toMatchObject({ code: CloseCode.unauthenticated });
  });

  it.each([
    ['an unknown field', { email: 'a@people.test', password: 'x', remember: true }, 'remember'],
    ['a malformed e-mail', { email: 'not-an-email', password: 'x' }, 'email'],
    ['a password of the wrong type', { email: 'a@people.test', password: 12345 }, 'password'],
    ['a too-long password', { email: 'a@people.test', password: 'x'.repeat(201) }, 'password'],
  ])('refuses a sign-in with %s, naming the field', async (_label, payload, field) => {
    await build();
    const response = await login(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_payload', field } });
  });

  it('refuses a state-changing request sent from another origin', async () => {
    await build();
    const account = await createAccount(app!, { name: 'Origin', city: 'mizil' });
    const response = await app!.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://evil.example', host: 'localhost:3000' },
      payload: { email: account.email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.cookies).toEqual([]);
  });
});
