import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@iap/server';
import { SESSION_COOKIE, type InviteCreated } from '@iap/shared';
import { makeDataDir } from '../support/server.js';
import { addSignedIn, tableCounts, type SignedIn } from '../access/people.js';

const DAY = 24 * 60 * 60 * 1000;
const newcomer = { name: 'Ioana Dumitru', email: 'ioana@people.test', password: 'a long new password' };

describe('invite links', () => {
  let app: FastifyInstance;
  let coordinator: SignedIn;
  let now = Date.parse('2025-03-03T09:00:00Z');

  beforeEach(async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn', clock: () => now });
    coordinator = await addSignedIn(app, { name: 'Mizil coordinator', city: 'mizil', role: 'coordinator' });
  });
  afterEach(async () => {
    await app.close();
  });

  const invite = async (role: string, by: SignedIn = coordinator): Promise<InviteCreated> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/cities/mizil/invites',
      headers: { cookie: by.cookie },
      payload: { role },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const accept = (token: string, payload: unknown, cookie?: string) =>
    app.inject({ method: 'POST', url: `/api/invites/${token}/accept`, payload: payload as object, headers: cookie ? { cookie } : {} });

  it('creates an account with the invited role, signs it in, and records it in the audit log', async () => {
    const created = await invite('member');
    expect(created.url).toBe(`/invite/${created.token}`);
    expect(Date.parse(created.expiresAt) - now).toBe(7 * DAY);

    const preview = await app.inject({ method: 'GET', url: `/api/invites/${created.token}` });
    expect(preview.json()).toEqual({ city: { slug: 'mizil', name: 'Mizil', country: 'RO' }, role: 'member', expiresAt: created.expiresAt });

    const accepted = await accept(created.token, { ...newcomer, email: 'IOANA@people.test' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ city: 'mizil', role: 'member', me: { user: { email: 'ioana@people.test' }, cityRoles: { mizil: 'member' } } });
    const session = accepted.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!;
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `${SESSION_COOKIE}=${session.value}` } });
    expect(me.json()).toMatchObject({ user: { name: 'Ioana Dumitru' }, cityRoles: { mizil: 'member' } });

    const audit = await app.inject({ method: 'GET', url: '/api/cities/mizil/audit', headers: { cookie: coordinator.cookie } });
    expect((audit.json() as { entries: { action: string }[] }).entries.map((entry) => entry.action)).toEqual([
      'member.joined',
      'invite.accepted',
      'invite.created',
    ]);
  });

  it('a second use of the same link is refused with 410 naming the token, and changes nothing', async () => {
    const created = await invite('member');
    expect((await accept(created.token, newcomer)).statusCode).toBe(200);
    const before = tableCounts(app);

    const again = await accept(created.token, { ...newcomer, email: 'someone.else@people.test' });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: { code: 'gone', field: 'token' } });
    expect(tableCounts(app)).toEqual(before);
    expect((await app.inject({ method: 'GET', url: `/api/invites/${created.token}` })).statusCode).toBe(410);
  });

  it('two people racing for one link: exactly one gets in', async () => {
    const created = await invite('observer');
    const results = await Promise.all([
      accept(created.token, { ...newcomer, email: 'first@people.test' }),
      accept(created.token, { ...newcomer, email: 'second@people.test' }),
    ]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 410]);
    // The loser's account was rolled back with its failed use of the invite.
    const accounts = await Promise.all(['first@people.test', 'second@people.test'].map((email) => app.storage.users.findByEmail(email)));
    expect(accounts.filter((account) => account !== null)).toHaveLength(1);
  });

  it('an expired link is refused with 410 and changes nothing', async () => {
    const created = await invite('member');
    now += 7 * DAY + 1;
    const before = tableCounts(app);
    expect((await app.inject({ method: 'GET', url: `/api/invites/${created.token}` })).statusCode).toBe(410);
    const response = await accept(created.token, newcomer);
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ error: { code: 'gone', field: 'token', message: 'This invite link has expired' } });
    expect(tableCounts(app)).toEqual(before);
  });

  it('an unknown token is a 404 naming the token', async () => {
    const response = await accept('not-a-real-token', newcomer);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found', field: 'token' } });
  });

  it('a withdrawn link cannot be used', async () => {
    const created = await invite('member');
    const revoke = await app.inject({ method: 'DELETE', url: `/api/cities/mizil/invites/${created.id}`, headers: { cookie: coordinator.cookie } });
    expect(revoke.statusCode).toBe(204);
    expect((await accept(created.token, newcomer)).statusCode).toBe(410);
  });

  it.each([
    ['an unknown field', { ...newcomer, isAdmin: true }, 'isAdmin'],
    ['a name of the wrong type', { ...newcomer, name: 42 }, 'name'],
    ['a too-long name', { ...newcomer, name: 'x'.repeat(101) }, 'name'],
    ['a malformed e-mail', { ...newcomer, email: 'ioana@' }, 'email'],
    ['a too-long e-mail', { ...newcomer, email: `${'x'.repeat(250)}@people.test` }, 'email'],
    ['a short password', { ...newcomer, password: 'short' }, 'password'],
    ['a missing password', { name: newcomer.name, email: newcomer.email }, 'password'],
    ['a password of ten spaces', { ...newcomer, password: ' '.repeat(10) }, 'password'],
    ['a password of ten NUL characters', { ...newcomer, password: '\u0000'.repeat(10) }, 'password'],
    ['a password of one character repeated', { ...newcomer, password: 'aaaaaaaaaa' }, 'password'],
    ['one of the most common passwords', { ...newcomer, password: 'password123' }, 'password'],
  ])('accepting with %s is a 400 naming the field; nothing is saved and the link still works', async (_label, payload, field) => {
    const created = await invite('member');
    const before = tableCounts(app);
    const response = await accept(created.token, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_payload', field } });
    expect(tableCounts(app)).toEqual(before);
    expect((await accept(created.token, newcomer)).statusCode).toBe(200);
  });

  it('an e-mail that already has an account is a 409 naming the e-mail; the link stays unused', async () => {
    const created = await invite('member');
    const existing = await addSignedIn(app, { name: 'Existing', city: 'barnsley' });
    const before = tableCounts(app);
    const response = await accept(created.token, { ...newcomer, email: existing.email });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'conflict', field: 'email' } });
    expect(tableCounts(app)).toEqual(before);
    expect((await app.inject({ method: 'GET', url: `/api/invites/${created.token}` })).statusCode).toBe(200);
  });

  it('someone already signed in accepts with an empty body and gains the role in this city too', async () => {
    const created = await invite('facilitator');
    const barnsleyMember = await addSignedIn(app, { name: 'Barnsley member', city: 'barnsley', role: 'member' });
    const response = await accept(created.token, {}, barnsleyMember.cookie);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ me: { cityRoles: { barnsley: 'member', mizil: 'facilitator' } } });
  });

  it('someone already in the city cannot take up an invite to it (409 naming the token)', async () => {
    const created = await invite('coordinator');
    const member = await addSignedIn(app, { name: 'Already here', city: 'mizil', role: 'member' });
    const before = tableCounts(app);
    const response = await accept(created.token, {}, member.cookie);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { field: 'token' } });
    expect(tableCounts(app)).toEqual(before);
  });

  it('a facilitator may invite members and observers, not coordinators or facilitators', async () => {
    const facilitator = await addSignedIn(app, { name: 'Facilitator', city: 'mizil', role: 'facilitator' });
    await invite('member', facilitator);
    await invite('observer', facilitator);
    const before = tableCounts(app);
    for (const role of ['coordinator', 'facilitator']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/cities/mizil/invites',
        headers: { cookie: facilitator.cookie },
        payload: { role },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'forbidden', field: 'role' } });
    }
    expect(tableCounts(app)).toEqual(before);
  });

  it.each([
    ['an unknown role', { role: 'owner' }, 'role'],
    ['an unknown field', { role: 'member', expiresInDays: 365 }, 'expiresInDays'],
  ])('creating an invite with %s is a 400 naming the field', async (_label, payload, field) => {
    const before = tableCounts(app);
    const response = await app.inject({ method: 'POST', url: '/api/cities/mizil/invites', headers: { cookie: coordinator.cookie }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { field } });
    expect(tableCounts(app)).toEqual(before);
  });

  it('pending invites are listed without their tokens, and used ones drop off the list', async () => {
    const used = await invite('member');
    const pending = await invite('observer');
    await accept(used.token, newcomer);
    const response = await app.inject({ method: 'GET', url: '/api/cities/mizil/invites', headers: { cookie: coordinator.cookie } });
    expect(response.json()).toEqual({
      invites: [{ id: pending.id, role: 'observer', createdBy: { id: coordinator.id, name: 'Mizil coordinator' }, createdAt: expect.any(String), expiresAt: pending.expiresAt }],
    });
    expect(response.body).not.toContain(pending.token);
  });

  describe('rate limits of acceptance', () => {
    const acceptFrom = (token: string, payload: unknown, remoteAddress: string) =>
      app.inject({ method: 'POST', url: `/api/invites/${token}/accept`, payload: payload as object, remoteAddress });

    it('probing which e-mails have accounts with one link is stopped after 10 tries, from any address', async () => {
      const created = await invite('member');
      const existing = await addSignedIn(app, { name: 'Existing', city: 'barnsley' });
      for (let attempt = 0; attempt < 10; attempt++) {
        const response = await acceptFrom(created.token, { ...newcomer, email: existing.email }, `198.51.100.${attempt}`);
        expect(response.statusCode).toBe(409);
      }
      const before = tableCounts(app);
      const refused = await acceptFrom(created.token, newcomer, '198.51.100.200');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(tableCounts(app)).toEqual(before);

      now += 15 * 60 * 1000;
      expect((await acceptFrom(created.token, newcomer, '198.51.100.200')).statusCode).toBe(200);
    });

    it('one address trying many links is stopped after 30 failures; other addresses are not', async () => {
      for (let attempt = 0; attempt < 30; attempt++) {
        expect((await acceptFrom(`guessed-token-${attempt}`, newcomer, '203.0.113.9')).statusCode).toBe(404);
      }
      const created = await invite('member');
      const refused = await acceptFrom(created.token, newcomer, '203.0.113.9');
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
      expect((await acceptFrom(created.token, newcomer, '203.0.113.10')).statusCode).toBe(200);
    });

    it('a room of newcomers accepting their links from one address is never refused', async () => {
      for (let person = 0; person < 35; person++) {
        const created = await invite('observer');
        const response = await acceptFrom(created.token, { ...newcomer, email: `newcomer${person}@people.test` }, '192.0.2.44');
        expect(response.statusCode, response.body).toBe(200);
      }
    });
  });
});
