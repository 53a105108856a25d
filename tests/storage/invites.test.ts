import { describe, expect, it } from 'vitest';
import type { NewInvite } from '@iap/server/members/InviteRepository';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { AT, entry, membership, people, user } from './rows.js';

const at = (ms: number) => new Date(T0 + ms).toISOString();
const DAY = 86_400_000;

const invite = (id: string, overrides: Partial<NewInvite> = {}): NewInvite => ({
  id,
  tokenHash: `hash-${id}`,
  citySlug: 'porto',
  role: 'member',
  createdBy: 'ana',
  createdAt: AT,
  expiresAt: at(7 * DAY),
  ...overrides,
});

describe.each(ENGINES)('InviteRepository on %s', (name) => {
  const engine = useEngine(name);

  it('create stores the invite with its audit entries (stamped with its creation); found by token hash and in its city only', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { invites, audit } = engine().storage;
    await invites.create(invite('i1', { createdAt: at(1_000) }), [entry('invite.created', 'i1')]);
    const stored = { ...invite('i1', { createdAt: at(1_000) }), usedAt: null, usedBy: null, revokedAt: null };
    expect(await invites.findByTokenHash('hash-i1')).toEqual(stored);
    expect(await invites.findInCity('i1', 'porto')).toEqual(stored);
    expect(await invites.findInCity('i1', 'turku')).toBeNull();
    expect(await invites.findByTokenHash('hash-none')).toBeNull();
    expect((await audit.listCity('porto', undefined, 5)).map((logged) => [logged.action, logged.at])).toEqual([['invite.created', at(1_000)]]);
  });

  it('listPending gives the unused, unwithdrawn, unexpired invites of the city, newest first, then by id descending', async () => {
    await people(engine(), { ana: 'coordinator', bo: null });
    const { invites } = engine().storage;
    await invites.create(invite('a-old', { createdAt: at(-DAY) }), []);
    await invites.create(invite('b-same'), []);
    await invites.create(invite('c-same', { role: 'observer' }), []);
    await invites.create(invite('expired', { expiresAt: at(DAY) }), []);
    await invites.create(invite('revoked'), []);
    await invites.revoke('revoked', AT, []);
    await invites.create(invite('used'), []);
    await invites.accept({ inviteId: 'used', joiner: { kind: 'existing', userId: 'bo' }, now: AT, audit: [] });
    await invites.create(invite('turku', { citySlug: 'turku' }), []);
    const pending = await invites.listPending('porto', at(DAY));
    expect(pending.map((listed) => listed.id)).toEqual(['c-same', 'b-same', 'a-old']);
    expect(pending[0]).toEqual({ id: 'c-same', role: 'observer', createdById: 'ana', createdByName: 'ana', createdAt: AT, expiresAt: at(7 * DAY) });
  });

  it('a new account takes up an invite: account, invite used, membership and audit entries in one go', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { invites, users, memberships, audit } = engine().storage;
    await invites.create(invite('i1', { role: 'facilitator' }), []);
    const now = at(60_000);
    const accepted = await invites.accept({ inviteId: 'i1', joiner: { kind: 'new', user: user('new') }, now, audit: [entry('invite.accepted', 'i1')] });
    expect(accepted).toEqual({ outcome: 'accepted', userId: 'new', citySlug: 'porto', role: 'facilitator' });
    expect(await users.findById('new')).toMatchObject({ email: 'new@people.test', disabled: false, locale: null });
    expect(await invites.findInCity('i1', 'porto')).toMatchObject({ usedAt: now, usedBy: 'new' });
    expect(await memberships.find('new', 'porto')).toEqual({ ...membership('new', 'facilitator'), joinedAt: now });
    expect((await audit.listCity('porto', undefined, 5)).map((logged) => [logged.action, logged.at])).toEqual([['invite.accepted', now]]);
  });

  it('email_taken and already_member write nothing', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { invites, users, audit } = engine().storage;
    await invites.create(invite('i1'), []);
    expect(await invites.accept({ inviteId: 'i1', joiner: { kind: 'new', user: user('x', { email: 'bo@people.test' }) }, now: AT, audit: [entry('invite.accepted', 'i1')] })).toEqual({
      outcome: 'email_taken',
    });
    expect(await invites.accept({ inviteId: 'i1', joiner: { kind: 'existing', userId: 'bo' }, now: AT, audit: [entry('invite.accepted', 'i1')] })).toEqual({
      outcome: 'already_member',
    });
    expect(await users.findById('x')).toBeNull();
    expect((await invites.findInCity('i1', 'porto'))?.usedAt).toBeNull();
    expect(await audit.listCity('porto', undefined, 5)).toEqual([]);
  });

  it('an unknown, expired, withdrawn or used invite is not_usable, and the new account it would have made is not kept', async () => {
    await people(engine(), { ana: 'coordinator', bo: null });
    const { invites, users } = engine().storage;
    await invites.create(invite('expired', { expiresAt: at(DAY) }), []);
    await invites.create(invite('revoked'), []);
    await invites.revoke('revoked', AT, []);
    await invites.create(invite('used'), []);
    await invites.accept({ inviteId: 'used', joiner: { kind: 'existing', userId: 'bo' }, now: AT, audit: [] });
    for (const inviteId of ['unknown', 'expired', 'revoked', 'used']) {
      const joiner = { kind: 'new' as const, user: user(`via-${inviteId}`) };
      // Expiry is exclusive: an invite expiring at `now` is already expired.
      expect(await invites.accept({ inviteId, joiner, now: at(DAY), audit: [] }), inviteId).toEqual({ outcome: 'not_usable' });
      expect(await users.findById(`via-${inviteId}`), inviteId).toBeNull();
    }
  });

  it('of two racing acceptances of one invite, exactly one wins', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { invites, users } = engine().storage;
    await invites.create(invite('i1'), []);
    const outcomes = await Promise.all(
      ['p', 'q', 'r'].map((id) => invites.accept({ inviteId: 'i1', joiner: { kind: 'new', user: user(id) }, now: AT, audit: [entry('invite.accepted', id)] })),
    );
    const winners = outcomes.filter((outcome) => outcome.outcome === 'accepted');
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.outcome === 'not_usable')).toHaveLength(2);
    expect(await users.count()).toBe(2);
  });

  it('revoke withdraws a pending (even expired) invite once, with its audit entries', async () => {
    await people(engine(), { ana: 'coordinator', bo: null });
    const { invites, audit } = engine().storage;
    await invites.create(invite('expired', { expiresAt: at(-1) }), []);
    await invites.create(invite('used'), []);
    await invites.accept({ inviteId: 'used', joiner: { kind: 'existing', userId: 'bo' }, now: AT, audit: [] });
    expect(await invites.revoke('expired', at(5), [entry('invite.revoked', 'expired')])).toEqual({ outcome: 'revoked' });
    expect(await invites.revoke('expired', at(6), [entry('invite.revoked', 'expired')])).toEqual({ outcome: 'not_pending' });
    expect(await invites.revoke('used', at(7), [entry('invite.revoked', 'used')])).toEqual({ outcome: 'not_pending' });
    expect(await invites.revoke('unknown', at(8), [])).toEqual({ outcome: 'not_pending' });
    expect((await invites.findInCity('expired', 'porto'))?.revokedAt).toBe(at(5));
    expect((await audit.listCity('porto', undefined, 5)).map((logged) => [logged.subject.id, logged.at])).toEqual([['expired', at(5)]]);
  });
});
