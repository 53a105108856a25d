import { describe, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createAccount, PASSWORD } from '../access/people.js';
import { makeDataDir } from '../support/server.js';
import { MINUTE, SECOND, test } from './accountsTest.js';

const ATTACKER = '203.0.113.7';
const OWNER = '198.51.100.20';
const WORKSHOP_ROOM = '192.0.2.44';

const login = (app: FastifyInstance, email: string, password: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

const retryAfter = (response: { headers: Record<string, unknown> }): number => Number(response.headers['retry-after']);

describe('sign-in rate limits', () => {
  test('guesses from one address lock only that address out of the account; the owner elsewhere waits seconds at most', async ({
    clock,
    buildAccountsApp,
  }) => {
    const app = await buildAccountsApp();
    const owner = await createAccount(app, { name: 'Target', city: 'mizil' });
    // Ten wrong passwords from one address, paced so the growing delay never refuses them.
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await login(app, owner.email, `guess ${attempt}`, ATTACKER)).statusCode).toBe(401);
      clock.advance(MINUTE);
    }
    const attackerAgain = await login(app, owner.email, PASSWORD, ATTACKER);
    expect(attackerAgain.statusCode).toBe(429);
    expect(attackerAgain.json()).toMatchObject({ error: { code: 'rate_limited' } });

    // The owner, from another address: in at once, or after a wait of seconds (here: none, the
    // last guess was a minute ago and the delay is at most 30 s).
    const ownerResponse = await login(app, owner.email, PASSWORD, OWNER);
    expect(ownerResponse.statusCode).toBe(200);
    // The guesser's own address stays refused for this account until its window ends.
    expect((await login(app, owner.email, PASSWORD, ATTACKER)).statusCode).toBe(429);
    clock.advance(15 * MINUTE);
    expect((await login(app, owner.email, PASSWORD, ATTACKER)).statusCode).toBe(200);
  });

  test('right after a burst of guesses, the owner waits a short delay that hammering does not extend', async ({
    clock,
    buildAccountsApp,
  }) => {
    const app = await buildAccountsApp();
    const owner = await createAccount(app, { name: 'Burst target', city: 'mizil' });
    let failures = 0;
    // As fast as allowed: each refusal says how long to wait, and the guesser waits just that.
    while (failures < 10) {
      const response = await login(app, owner.email, `guess ${failures}`, ATTACKER);
      if (response.statusCode === 401) failures++;
      else {
        expect(response.statusCode).toBe(429);
        clock.advance(retryAfter(response) * SECOND);
      }
    }

    const refused = await login(app, owner.email, PASSWORD, OWNER);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    const wait = retryAfter(refused);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30);

    // Refused guesses are not counted: they do not push the owner's turn back.
    for (let attempt = 0; attempt < 20; attempt++) expect((await login(app, owner.email, 'more', ATTACKER)).statusCode).toBe(429);
    clock.advance(wait * SECOND);
    expect((await login(app, owner.email, PASSWORD, OWNER)).statusCode).toBe(200);
  });

  test('a workshop room behind one address signs in despite typos; a spray of guesses from it is stopped', async ({
    buildAccountsApp,
  }) => {
    const app = await buildAccountsApp({ loginRateLimit: { perAddress: 20 } });
    const people = await Promise.all(Array.from({ length: 12 }, (_, index) => createAccount(app, { name: `Participant ${index}`, city: 'mizil' })));
    for (const person of people) {
      expect((await login(app, person.email, 'a typo in it', WORKSHOP_ROOM)).statusCode).toBe(401);
      expect((await login(app, person.email, PASSWORD, WORKSHOP_ROOM)).statusCode).toBe(200);
    }

    // 12 typos so far; guessing over other e-mails uses up the rest of the address's allowance.
    for (let guess = 0; guess < 8; guess++) {
      expect((await login(app, `someone${guess}@people.test`, 'guess', WORKSHOP_ROOM)).statusCode).toBe(401);
    }
    const stopped = await login(app, people[0]!.email, PASSWORD, WORKSHOP_ROOM);
    expect(stopped.statusCode).toBe(429);
    expect(retryAfter(stopped)).toBeGreaterThan(0);
    expect((await login(app, people[0]!.email, PASSWORD, OWNER)).statusCode).toBe(200);
  });

  test('the counters are stored: a restart does not hand out a fresh allowance', async ({ clock, buildAccountsApp }) => {
    const dataDir = makeDataDir();
    const before = await buildAccountsApp({ dataDir });
    const owner = await createAccount(before, { name: 'Restart target', city: 'mizil' });
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await login(before, owner.email, `guess ${attempt}`, ATTACKER)).statusCode).toBe(401);
      clock.advance(MINUTE);
    }
    await before.close();

    const after = await buildAccountsApp({ dataDir });
    expect((await login(after, owner.email, PASSWORD, ATTACKER)).statusCode).toBe(429);
    expect((await login(after, owner.email, PASSWORD, OWNER)).statusCode).toBe(200);
    // Only hashes are kept: neither the e-mail nor the address is readable in the table.
    const keys = (after.db.prepare('SELECT key FROM login_attempts').all() as { key: string }[]).map((row) => row.key).join(' ');
    expect(keys).not.toContain(owner.email);
    expect(keys).not.toContain(ATTACKER);
  });

  test('a burst of parallel guesses is counted from each attempt’s start, so it cannot slip past the limit', async ({
    buildAccountsApp,
  }) => {
    const app = await buildAccountsApp({ loginRateLimit: { perAccountBeforeDelay: 100, perAccountAndAddress: 5 } });
    const owner = await createAccount(app, { name: 'Parallel target', city: 'mizil' });
    const responses = await Promise.all(Array.from({ length: 12 }, (_, guess) => login(app, owner.email, `guess ${guess}`, ATTACKER)));
    const codes = responses.map((response) => response.statusCode);
    expect(codes.filter((code) => code === 401)).toHaveLength(5);
    expect(codes.filter((code) => code === 429)).toHaveLength(7);
  });
});
