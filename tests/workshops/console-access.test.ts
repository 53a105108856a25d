import { describe, expect } from 'vitest';
import { WORKSHOP_GUEST_COOKIE, type Idea, type Workshop } from '@iap/shared';
import { addSignedIn, signInCast } from '../access/people.js';
import { test } from '../auth/accountsTest.js';
import { cookiePair, HttpPerson } from './httpClient.js';

/**
 * Today's console routes (Follow me, idea groups, attendance removal, the plan's actions) as
 * attacked by every account that does not run the session and by a guest, over real HTTP: each
 * is refused and nothing changes. Groups refuse oversized payloads and another session's ideas.
 */
const CITY = 'barnsley';
const OTHER_CITY = 'mizil';

describe("the session console is for whoever runs the session of the city", () => {
  test('members, observers, the lead partner, another city and a guest are refused; nothing changes', async ({ startAccountsServer }) => {
    const server = await startAccountsServer();
    const cast = await signInCast(server.app, CITY);
    const as = (cookie: string | null) => new HttpPerson(server.httpUrl, cookie, 'x');
    const facilitator = as(cast.facilitator!.cookie);
    const elsewhere = as((await addSignedIn(server.app, { name: 'Other facilitator', city: OTHER_CITY, role: 'facilitator' })).cookie);
    const session = async () => {
      const created = await facilitator.post<Workshop>(`/api/cities/${CITY}/workshops`, {
        title: 'Console',
        startsAt: '2026-12-01T17:00:00Z',
        allowGuests: true,
        agenda: [{ title: 'One', minutes: 5 }],
      });
      expect(created.status).toBe(201);
      expect((await facilitator.post(`/api/workshops/${created.body.id}/start`)).status).toBe(200);
      return created.body;
    };
    const workshop = await session();
    const base = `/api/workshops/${workshop.id}`;
    const joined = await as(null).post('/api/workshops/join', { code: workshop.joinCode, name: 'Gita Guest' });
    const guest = as(cookiePair(joined.setCookie));
    expect(guest.cookie!.startsWith(`${WORKSHOP_GUEST_COOKIE}=`)).toBe(true);
    const idea = (await guest.post<Idea>(`${base}/ideas`, { text: 'Shade on the square' })).body;
    const attendance = async () => (await facilitator.get<{ attendance: { id: string }[] }>(`${base}/attendance`)).body.attendance;
    const before = await attendance();

    const attackers = { member: as(cast.member!.cookie), observer: as(cast.observer!.cookie), lead_partner: as(cast.lead_partner!.cookie), guest };
    for (const [who, attacker] of Object.entries(attackers)) {
      const attempts = [
        await attacker.post(`${base}/follow`, { on: true }),
        await attacker.post(`${base}/ideas/group`, { ideaIds: [idea.id], group: 'Taken over' }),
        await attacker.call('DELETE', `${base}/attendance/${before[0]!.id}`),
        await attacker.get(`${base}/actions`),
        await attacker.get(`${base}/attendance`),
      ];
      expect(attempts.map((answer) => answer.status), who).toEqual([403, 403, 403, 403, 403]);
    }
    // Another city's facilitator learns nothing about the session.
    expect(
      [
        await elsewhere.post(`${base}/follow`, { on: true }),
        await elsewhere.post(`${base}/ideas/group`, { ideaIds: [idea.id], group: 'Taken over' }),
        await elsewhere.call('DELETE', `${base}/attendance/${before[0]!.id}`),
        await elsewhere.get(`${base}/actions`),
      ].map((answer) => answer.status),
    ).toEqual([404, 404, 404, 404]);

    // Bounds: too many ids, a long group, an idea of another session.
    const other = await session();
    const foreign = (await facilitator.post<Idea>(`/api/workshops/${other.id}/ideas`, { text: 'Elsewhere' })).body;
    expect(await facilitator.post(`${base}/ideas/group`, { ideaIds: Array.from({ length: 201 }, () => idea.id), group: 'Many' })).toMatchObject({ status: 400 });
    expect(await facilitator.post(`${base}/ideas/group`, { ideaIds: [idea.id], group: 'g'.repeat(81) })).toMatchObject({ status: 400 });
    expect(await facilitator.post(`${base}/ideas/group`, { ideaIds: [idea.id, foreign.id], group: 'Mixed' })).toMatchObject({
      status: 400,
      body: { error: { field: 'ideaIds.1' } },
    });
    expect(await facilitator.post(`/api/workshops/${other.id}/ideas/group`, { ideaIds: [idea.id], group: 'Stolen' })).toMatchObject({ status: 400 });
    expect(await facilitator.call('DELETE', `/api/workshops/${other.id}/attendance/${before[0]!.id}`)).toMatchObject({ status: 404 });

    expect((await facilitator.get<Workshop>(base)).body.followMe).toBe(false);
    expect((await facilitator.get<{ ideas: Idea[] }>(`${base}/ideas`)).body.ideas.map((row) => row.group)).toEqual([null]);
    expect((await facilitator.get<{ ideas: Idea[] }>(`/api/workshops/${other.id}/ideas`)).body.ideas.map((row) => row.group)).toEqual([null]);
    expect(await attendance()).toEqual(before);
  });
});
