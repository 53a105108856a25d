import { describe, expect } from 'vitest';
import type { AuditPage, MembersResponse } from '@iap/shared';
import { appTest } from '../support/fixtures.js';
import { addSignedIn, createAccount, tableCounts, type SignedIn } from './people.js';

/** The file's one app, with a coordinator and a member of Enguera, and calls made as someone. */
const it = appTest.extend('ulg', { scope: 'file' }, async ({ fileServer: { app } }) => {
  const coordinator = await addSignedIn(app, { name: 'Enguera coordinator', city: 'enguera', role: 'coordinator' });
  const member = await addSignedIn(app, { name: 'Enguera member', city: 'enguera', role: 'member' });
  const as = (who: SignedIn, method: 'GET' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });
  const auditOf = async (query = ''): Promise<AuditPage> => (await as(coordinator, 'GET', `/api/cities/enguera/audit${query}`)).json();
  return { app, coordinator, member, as, auditOf };
});

describe('managing the ULG members', () => {
  it('shows e-mail addresses only to those who manage the ULG', async ({ ulg: { coordinator, member, as } }) => {
    const forCoordinator = (await as(coordinator, 'GET', '/api/cities/enguera/members')).json() as MembersResponse;
    const forMember = (await as(member, 'GET', '/api/cities/enguera/members')).json() as MembersResponse;
    expect(forCoordinator.members.map((m) => [m.name, m.role, m.email])).toEqual([
      ['Enguera coordinator', 'coordinator', coordinator.email],
      ['Enguera member', 'member', member.email],
    ]);
    expect(forMember.members.every((m) => m.email === undefined)).toBe(true);
  });

  it('records who changed whose role, and who removed whom', async ({ ulg: { app, coordinator, as, auditOf } }) => {
    const target = await createAccount(app, { name: 'Target', city: 'enguera', role: 'member' });
    expect((await as(coordinator, 'PATCH', `/api/cities/enguera/members/${target.id}`, { role: 'facilitator' })).json()).toEqual({
      userId: target.id,
      role: 'facilitator',
    });
    expect((await as(coordinator, 'DELETE', `/api/cities/enguera/members/${target.id}`)).statusCode).toBe(204);

    const [removed, changed] = (await auditOf()).entries;
    expect(changed).toMatchObject({
      action: 'member.role_changed',
      actor: { id: coordinator.id, name: 'Enguera coordinator' },
      subject: { type: 'user', id: target.id },
      details: { from: 'member', to: 'facilitator' },
    });
    expect(removed).toMatchObject({ action: 'member.removed', subject: { id: target.id }, details: { role: 'facilitator' } });
  });

  it('records a change of the city settings', async ({ ulg: { coordinator, member, as, auditOf } }) => {
    expect((await as(coordinator, 'PATCH', '/api/cities/enguera/settings', { observersCanComment: true })).json()).toEqual({
      observersCanComment: true,
    });
    expect((await auditOf()).entries[0]).toMatchObject({
      action: 'city.settings_changed',
      details: { observersCanComment: { from: false, to: true } },
    });
    const detail = (await as(member, 'GET', '/api/cities/enguera')).json();
    expect(detail.settings).toEqual({ observersCanComment: true });
  });

  it('pages through the audit log, newest first', async ({ ulg: { coordinator, as, auditOf } }) => {
    const all = (await auditOf('?limit=200')).entries;
    const first = await auditOf('?limit=2');
    expect(first.entries.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    const second = await auditOf(`?limit=2&before=${first.nextBefore}`);
    expect(second.entries.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    expect((await as(coordinator, 'GET', '/api/cities/enguera/audit?limit=0')).json()).toMatchObject({ error: { field: 'limit' } });
  });

  it('a city keeps at least one coordinator: the last one can neither step down nor be removed', async ({ ulg: { app, coordinator, as } }) => {
    const before = tableCounts(app);
    const stepDown = await as(coordinator, 'PATCH', `/api/cities/enguera/members/${coordinator.id}`, { role: 'member' });
    expect(stepDown.statusCode).toBe(409);
    expect(stepDown.json()).toMatchObject({ error: { code: 'conflict', field: 'role' } });
    const remove = await as(coordinator, 'DELETE', `/api/cities/enguera/members/${coordinator.id}`);
    expect(remove.json()).toMatchObject({ error: { code: 'conflict', field: 'userId' } });
    expect(tableCounts(app)).toEqual(before);
  });

  it.for([
    ['an unknown role', { role: 'owner' }, 'role'],
    ['an unknown field', { role: 'member', networkRole: 'admin' }, 'networkRole'],
    ['a role of the wrong type', { role: 1 }, 'role'],
  ] as const)('a role change with %s is a 400 naming the field, and changes nothing', async ([, payload, field], { ulg: { app, coordinator, member, as } }) => {
    const before = tableCounts(app);
    const response = await as(coordinator, 'PATCH', `/api/cities/enguera/members/${member.id}`, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_payload', field } });
    expect(tableCounts(app)).toEqual(before);
  });

  it("changing the role of someone outside the city is a 404, and does not touch their other city's role", async ({ ulg: { app, coordinator, as } }) => {
    const outsider = await createAccount(app, { name: 'Outsider', city: 'viareggio', role: 'member' });
    const response = await as(coordinator, 'PATCH', `/api/cities/enguera/members/${outsider.id}`, { role: 'observer' });
    expect(response.statusCode).toBe(404);
    expect((await app.storage.memberships.rolesOf(outsider.id)).map(({ citySlug, role }) => ({ citySlug, role }))).toEqual([
      { citySlug: 'viareggio', role: 'member' },
    ]);
  });
});
