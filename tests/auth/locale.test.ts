import { describe, expect } from 'vitest';
import { addSignedIn } from '../access/people.js';
import { test } from './accountsTest.js';

describe('the language remembered on the account', () => {
  test('an account has no language until its owner chooses one', async ({ buildAccountsApp }) => {
    const app = await buildAccountsApp();
    const ana = await addSignedIn(app, { name: 'Ana', city: 'obidos' });
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: ana.cookie } });
    expect(me.json()).toMatchObject({ user: { id: ana.id }, locale: null });
  });

  test('PATCH /api/me { locale } remembers the language and GET /api/me returns it', async ({ buildAccountsApp }) => {
    const app = await buildAccountsApp();
    const ioana = await addSignedIn(app, { name: 'Ioana', city: 'mizil' });
    const patched = await app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: ioana.cookie }, payload: { locale: 'ro' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ user: { id: ioana.id }, cityRoles: { mizil: 'member' }, locale: 'ro' });
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: ioana.cookie } });
    expect(me.json()).toMatchObject({ locale: 'ro' });
  });

  test('the language is the account\'s, not the session\'s: a new sign-in keeps it', async ({ buildAccountsApp }) => {
    const app = await buildAccountsApp();
    const aino = await addSignedIn(app, { name: 'Aino', city: 'jyvaskyla' });
    await app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: aino.cookie }, payload: { locale: 'fi' } });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: aino.email, password: 'a long test password' } });
    expect(login.json()).toMatchObject({ locale: 'fi' });
  });

  test('a language that does not exist is a 400 naming the field locale, and the old one stays', async ({ buildAccountsApp }) => {
    const app = await buildAccountsApp();
    const eva = await addSignedIn(app, { name: 'Eva', city: 'hodmezovasarhely' });
    await app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: eva.cookie }, payload: { locale: 'hu' } });
    for (const locale of ['xx', 'de', 'EN', '', 42, null]) {
      const refused = await app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: eva.cookie }, payload: { locale } });
      expect(refused.statusCode, String(locale)).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'locale' } });
    }
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: eva.cookie } });
    expect(me.json()).toMatchObject({ locale: 'hu' });
  });

  test('only a signed-in person can change a language', async ({ buildAccountsApp }) => {
    const app = await buildAccountsApp();
    const anonymous = await app.inject({ method: 'PATCH', url: '/api/me', payload: { locale: 'pt' } });
    expect(anonymous.statusCode).toBe(401);
  });
});
