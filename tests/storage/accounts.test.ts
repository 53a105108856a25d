import { describe, expect, it } from 'vitest';
import type { MembershipRecord } from '@iap/server/members/MembershipRepository';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { AT, NETWORK, entry, holdTable, membership, people, user } from './rows.js';

describe.each(ENGINES)('UserRepository on %s', (name) => {
  const engine = useEngine(name);

  it('creates an enabled account without a language, found by id and by e-mail', async () => {
    const users = engine().storage.users;
    expect(await users.create(user('ana', { networkRole: 'admin' }))).toEqual({ outcome: 'created' });
    const expected = { ...user('ana', { networkRole: 'admin' }), disabled: false, locale: null };
    expect(await users.findById('ana')).toEqual(expected);
    expect(await users.findByEmail('ana@people.test')).toEqual(expected);
    expect(await users.findById('bo')).toBeNull();
    expect(await users.findByEmail('ANA@people.test')).toBeNull();
    expect(await users.count()).toBe(1);
  });

  it('an e-mail taken is an outcome, an id taken an error, and neither writes', async () => {
    const users = engine().storage.users;
    await users.create(user('ana'));
    expect(await users.create(user('bo', { email: 'ana@people.test' }))).toEqual({ outcome: 'email_taken' });
    await expect(users.create(user('ana', { email: 'other@people.test' }))).rejects.toThrow();
    expect(await users.count()).toBe(1);
  });

  it('of many racing creations with one e-mail, exactly one wins', async () => {
    const users = engine().storage.users;
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, index) => users.create(user(`u${index}`, { email: 'same@people.test' }))));
    expect(outcomes.filter((outcome) => outcome.outcome === 'created')).toHaveLength(1);
    expect(await users.count()).toBe(1);
  });

  it('setLocale stores the language; an unknown id is a no-op', async () => {
    const users = engine().storage.users;
    await users.create(user('ana'));
    await users.setLocale('ana', 'fi');
    await users.setLocale('nobody', 'pt');
    expect((await users.findById('ana'))?.locale).toBe('fi');
  });

  it('createAccounts writes accounts and their roles all together, or nothing', async () => {
    const { users, cities, memberships } = engine().storage;
    await cities.seedNetwork(NETWORK);
    await users.createAccounts([
      { user: user('ana'), cityRoles: [{ citySlug: 'porto', role: 'coordinator' }] },
      { user: user('bo'), cityRoles: [] },
    ]);
    expect(await memberships.rolesOf('ana')).toEqual([membership('ana', 'coordinator')]);
    await expect(
      users.createAccounts([
        { user: user('cy'), cityRoles: [{ citySlug: 'turku', role: 'member' }] },
        { user: user('dee', { email: 'ana@people.test' }), cityRoles: [] },
      ]),
    ).rejects.toThrow();
    expect(await users.findById('cy')).toBeNull();
    expect(await memberships.rolesOf('cy')).toEqual([]);
    expect(await users.count()).toBe(2);
  });
});

describe.each(ENGINES)('CityRepository on %s', (name) => {
  const engine = useEngine(name);

  it('seeds the network idempotently, lists cities in seed order, and keeps a city\'s settings across seeds', async () => {
    const cities = engine().storage.cities;
    await cities.seedNetwork(NETWORK);
    await cities.seedNetwork(NETWORK);
    expect((await cities.list()).map((city) => city.slug)).toEqual(['porto', 'turku', 'bari']);
    expect(await cities.find('turku')).toEqual({
      slug: 'turku',
      name: 'Turku',
      country: 'FI',
      language: 'fi',
      networkSlug: 'net',
      networkName: 'Network',
      leadPartnerCity: 'porto',
      observersCanComment: false,
    });
    expect(await cities.find('lisbon')).toBeNull();
    await cities.updateSettings('turku', { observersCanComment: true }, () => []);
    await cities.seedNetwork({ ...NETWORK, name: 'Renamed', cities: [NETWORK.cities[2]!, { ...NETWORK.cities[1]!, name: 'Åbo' }, NETWORK.cities[0]!] });
    expect((await cities.list()).map((city) => [city.slug, city.name, city.networkName, city.observersCanComment])).toEqual([
      ['bari', 'Bari', 'Renamed', false],
      ['turku', 'Åbo', 'Renamed', true],
      ['porto', 'Porto', 'Renamed', false],
    ]);
  });

  it('updateSettings writes the change with its audit entries, and reports unchanged and unknown cities', async () => {
    const { cities, audit } = engine().storage;
    await cities.seedNetwork(NETWORK);
    const seen: unknown[] = [];
    const entries = (previous: { observersCanComment: boolean }) => {
      seen.push(previous);
      return [{ ...entry('city.settings_changed', 'porto', { observersCanComment: true }), subject: { type: 'city' as const, id: 'porto' } }];
    };
    expect(await cities.updateSettings('porto', { observersCanComment: false }, entries)).toEqual({ outcome: 'unchanged' });
    expect(await cities.updateSettings('lisbon', { observersCanComment: true }, entries)).toEqual({ outcome: 'not_found' });
    expect(seen).toEqual([]);
    engine().advance(5_000);
    expect(await cities.updateSettings('porto', { observersCanComment: true }, entries)).toEqual({ outcome: 'changed', previous: { observersCanComment: false } });
    expect(seen).toEqual([{ observersCanComment: false }]);
    expect((await cities.find('porto'))?.observersCanComment).toBe(true);
    const [logged] = await audit.listCity('porto', undefined, 10);
    expect(logged).toMatchObject({ at: new Date(T0 + 5_000).toISOString(), action: 'city.settings_changed', subject: { type: 'city', id: 'porto' }, details: { observersCanComment: true } });
  });

  it('a failing audit function writes nothing', async () => {
    const cities = engine().storage.cities;
    await cities.seedNetwork(NETWORK);
    await expect(
      cities.updateSettings('porto', { observersCanComment: true }, () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await cities.find('porto'))?.observersCanComment).toBe(false);
  });
});

describe.each(ENGINES)('MembershipRepository on %s', (name) => {
  const engine = useEngine(name);

  it('reads roles of an account and of a city (by role, then name byte-wise), leaving out disabled accounts', async () => {
    // Byte-wise, 'Zed' comes before 'bob' (a case-insensitive order would swap them).
    await people(engine(), { bob: 'member', ana: 'observer', Zed: 'member', cy: 'coordinator', off: 'facilitator' });
    await engine().query('UPDATE users SET disabled = ? WHERE id = ?', [name === 'sqlite' ? 1 : true, 'off']);
    const memberships = engine().storage.memberships;
    expect((await memberships.listCity('porto')).map((member) => [member.userId, member.role, member.name, member.email])).toEqual([
      ['cy', 'coordinator', 'cy', 'cy@people.test'],
      ['zed', 'member', 'Zed', 'zed@people.test'],
      ['bob', 'member', 'bob', 'bob@people.test'],
      ['ana', 'observer', 'ana', 'ana@people.test'],
    ]);
    expect(await memberships.find('cy', 'porto')).toEqual(membership('cy', 'coordinator'));
    expect(await memberships.find('cy', 'turku')).toBeNull();
    expect(await memberships.rolesOf('nobody')).toEqual([]);
  });

  it('add inserts once with its audit entries; a second add is already_member and writes nothing', async () => {
    await people(engine(), { ana: 'coordinator', bo: null });
    const { memberships, audit } = engine().storage;
    expect(await memberships.add(membership('bo', 'member'), [entry('member.joined', 'bo')])).toEqual({ outcome: 'added' });
    expect(await memberships.add(membership('bo', 'observer'), [entry('member.joined', 'bo')])).toEqual({ outcome: 'already_member' });
    expect(await memberships.find('bo', 'porto')).toEqual(membership('bo', 'member'));
    expect((await audit.listCity('porto', undefined, 10)).map((logged) => [logged.action, logged.subject.id, logged.at])).toEqual([['member.joined', 'bo', AT]]);
  });

  it('changeRole: not a member, unchanged, the last coordinator, then a change with its audit entries', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { memberships, audit } = engine().storage;
    const entries = (previous: MembershipRecord) => [entry('member.role_changed', previous.userId, { from: previous.role })];
    expect(await memberships.changeRole('cy', 'porto', 'member', entries)).toEqual({ outcome: 'not_member' });
    expect(await memberships.changeRole('bo', 'porto', 'member', entries)).toEqual({ outcome: 'unchanged', membership: membership('bo', 'member') });
    expect(await memberships.changeRole('ana', 'porto', 'member', entries)).toEqual({ outcome: 'last_coordinator' });
    expect(await memberships.changeRole('bo', 'porto', 'coordinator', entries)).toEqual({
      outcome: 'changed',
      previous: membership('bo', 'member'),
      membership: membership('bo', 'coordinator'),
    });
    expect(await memberships.changeRole('ana', 'porto', 'observer', entries)).toMatchObject({ outcome: 'changed' });
    expect((await audit.listCity('porto', undefined, 10)).map((logged) => [logged.subject.id, logged.details])).toEqual([
      ['ana', { from: 'coordinator' }],
      ['bo', { from: 'member' }],
    ]);
  });

  it('remove: not a member, the last coordinator, then removed with its audit entries', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { memberships, audit } = engine().storage;
    const entries = (previous: MembershipRecord) => [entry('member.removed', previous.userId)];
    expect(await memberships.remove('cy', 'porto', entries)).toEqual({ outcome: 'not_member' });
    expect(await memberships.remove('ana', 'porto', entries)).toEqual({ outcome: 'last_coordinator' });
    expect(await memberships.remove('bo', 'porto', entries)).toEqual({ outcome: 'removed', previous: membership('bo', 'member') });
    expect(await memberships.find('bo', 'porto')).toBeNull();
    expect((await audit.listCity('porto', undefined, 10)).map((logged) => logged.action)).toEqual(['member.removed']);
  });

  it('of two coordinators demoting each other at once, one stays coordinator', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'coordinator' });
    const memberships = engine().storage.memberships;
    // Over PostgreSQL, both units of work are held at their audit insert, after their checks,
    // until both have started: without a lock taken before the check, both would pass it.
    const release = await holdTable(engine(), 'audit_log');
    const racing = Promise.all([
      memberships.changeRole('ana', 'porto', 'member', (previous) => [entry('member.role_changed', previous.userId)]),
      memberships.remove('bo', 'porto', (previous) => [entry('member.removed', previous.userId)]),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await release();
    const outcomes = await racing;
    // Whichever went first won; the other found the last coordinator.
    expect(outcomes.filter((outcome) => outcome.outcome === 'last_coordinator')).toHaveLength(1);
    expect((await memberships.listCity('porto')).filter((member) => member.role === 'coordinator')).toHaveLength(1);
  });
});

describe.each(ENGINES)('AuditLog on %s', (name) => {
  const engine = useEngine(name);

  it('appends entries stamped by the clock and pages a city newest first', async () => {
    await people(engine(), { ana: 'coordinator' });
    const audit = engine().storage.audit;
    for (const subject of ['s1', 's2', 's3']) {
      await audit.append(entry('member.joined', subject, { n: subject }));
      engine().advance(1_000);
    }
    await audit.append({ ...entry('member.joined', 'elsewhere'), citySlug: 'turku' });
    await audit.append({ ...entry('member.joined', 'system'), actorId: null });
    const page = await audit.listCity('porto', undefined, 3);
    expect(page.map((logged) => logged.subject.id)).toEqual(['system', 's3', 's2']);
    expect(page[1]).toMatchObject({ at: new Date(T0 + 2_000).toISOString(), actor: { id: 'ana', name: 'ana' }, details: { n: 's3' } });
    expect(page[0]?.actor).toBeNull();
    const older = await audit.listCity('porto', page.at(-1)!.id, 10);
    expect(older.map((logged) => logged.subject.id)).toEqual(['s1']);
    expect(older[0]?.details).toEqual({ n: 's1' });
  });

  it("an actor whose account is gone keeps their id, with the name ''", async () => {
    const audit = engine().storage.audit;
    await audit.append({ ...entry('member.removed', 'x'), actorId: 'gone' });
    expect((await audit.listCity('porto', undefined, 1))[0]?.actor).toEqual({ id: 'gone', name: '' });
  });
});
