import { describe, expect } from 'vitest';
import * as decoding from 'lib0/decoding';
import { CloseCode, WORKSHOP_GUEST_COOKIE, type Idea, type Workshop } from '@iap/shared';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { openRawSocket } from '../access/rawSocket.js';
import { test, within } from '../auth/accountsTest.js';
import { awarenessFrame } from '../support/frames.js';
import type { RunningServer } from '../support/server.js';
import { HttpPerson, joinAsGuest, openEventStream } from './httpClient.js';

/**
 * Follow me, guests reading the plan, removal from the attendance, idea groups, invited
 * stakeholders and the plan's actions for decisions: over real HTTP, server-sent events and
 * collab WebSockets, against a listening server.
 */
const CITY = 'barnsley';
const OTHER_CITY = 'mizil';
const WAIT_MS = 5_000;

interface Session {
  server: RunningServer;
  facilitator: HttpPerson;
  member: HttpPerson;
  guest: HttpPerson;
  workshop: Workshop;
  base: string;
}

const person = (server: RunningServer, who: SignedIn) => new HttpPerson(server.httpUrl, who.cookie, who.name);

/** A session of CITY taking guests, on a listening server, started unless `start` is false, with a member and a guest who joined. */
async function arrange(startServer: () => Promise<RunningServer>, options: { start?: boolean; invitedStakeholderIds?: string[] } = {}): Promise<Session> {
  const server = await startServer();
  const facilitator = person(server, await addSignedIn(server.app, { name: 'Facilitator', city: CITY, role: 'facilitator' }));
  const member = person(server, await addSignedIn(server.app, { name: 'Member', city: CITY, role: 'member' }));
  const created = await facilitator.post<Workshop>(`/api/cities/${CITY}/workshops`, {
    title: 'ULG of December',
    startsAt: '2026-12-01T17:00:00Z',
    allowGuests: true,
    agenda: [
      { title: 'Where we stand', minutes: 10, sectionId: 'context' },
      { title: 'Actions', minutes: 20, sectionId: 'actions' },
      { title: 'Any other business', minutes: 5 },
    ],
    ...(options.invitedStakeholderIds ? { invitedStakeholderIds: options.invitedStakeholderIds } : {}),
  });
  expect(created.status).toBe(201);
  const workshop = created.body;
  if (options.start !== false) expect((await facilitator.post(`/api/workshops/${workshop.id}/start`)).status).toBe(200);
  const guest = await joinAsGuest(server, workshop.joinCode, 'Gita Guest');
  expect((await member.post('/api/workshops/join', { code: workshop.joinCode })).status).toBe(200);
  return { server, facilitator, member, guest, workshop, base: `/api/workshops/${workshop.id}` };
}

const plan = `iap.${CITY}`;

describe('Follow me', () => {
  test('only the facilitator turns it on; it reaches every participant over the event stream, late joiners included, and follows the next item', async ({ startAccountsServer }) => {
    const { server, facilitator, member, guest, base, workshop } = await arrange(startAccountsServer);
    const memberEvents = await openEventStream(member, workshop.id);
    const guestEvents = await openEventStream(guest, workshop.id);
    try {
      await within(Promise.all([memberEvents.connected, guestEvents.connected]), WAIT_MS, 'first events');

      expect(await member.post(`${base}/follow`, { on: true })).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
      expect(await guest.post(`${base}/follow`, { on: true })).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
      expect((await member.get<Workshop>(base)).body.followMe).toBe(false);
      expect(await facilitator.post(`${base}/follow`, { on: 'yes' })).toMatchObject({ status: 400, body: { error: { field: 'on' } } });

      const memberHears = memberEvents.waitFor('session');
      const guestHears = guestEvents.waitFor('session');
      const on = await facilitator.post<Workshop>(`${base}/follow`, { on: true });
      expect(on).toMatchObject({ status: 200, body: { followMe: true, currentItem: 0 } });
      await within(Promise.all([memberHears, guestHears]), WAIT_MS, 'follow event');
      expect((await guest.get<Workshop>(base)).body).toMatchObject({ followMe: true, currentItem: 0, agenda: [{ sectionId: 'context' }, { sectionId: 'actions' }, {}] });

      const moved = guestEvents.waitFor('session');
      await facilitator.post(`${base}/advance`, {});
      await within(moved, WAIT_MS, 'advance event');
      expect((await guest.get<Workshop>(base)).body).toMatchObject({ followMe: true, currentItem: 1 });

      // Someone joining now follows too: the state is the server's, not a message they missed.
      const late = await joinAsGuest(server, workshop.joinCode, 'Late Lou');
      expect((await late.get<Workshop>(base)).body).toMatchObject({ followMe: true, currentItem: 1 });

      const off = guestEvents.waitFor('session');
      expect((await facilitator.post<Workshop>(`${base}/follow`, { on: false })).body.followMe).toBe(false);
      await within(off, WAIT_MS, 'follow off event');
      expect((await member.get<Workshop>(base)).body.followMe).toBe(false);

      await facilitator.post(`${base}/follow`, { on: true });
      await facilitator.post(`${base}/end`);
      expect((await member.get<Workshop>(base)).body).toMatchObject({ status: 'ended', followMe: false });
      expect(await facilitator.post(`${base}/follow`, { on: true })).toMatchObject({ status: 409 });
    } finally {
      memberEvents.close();
      guestEvents.close();
    }
  });

  test('a session not started has nothing to follow', async ({ startAccountsServer }) => {
    const { facilitator, base } = await arrange(startAccountsServer, { start: false });
    expect(await facilitator.post(`${base}/follow`, { on: true })).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
  });
});

describe('a guest reads the plan, read-only, while the session runs', () => {
  test('the plan of the session city opens read-only; their write is refused; nothing else opens', async ({ startAccountsServer }) => {
    const { server, guest } = await arrange(startAccountsServer);
    const socket = openRawSocket(server.wsUrl, plan, { cookie: guest.cookie! });
    try {
      expect(await within(socket.outcome, WAIT_MS, 'guest socket')).toEqual({ granted: true });
      socket.write('GUEST WAS HERE');
      expect(await within(socket.writeAnswer(), WAIT_MS, 'write answer')).toBe('refused');
      const text = (await server.app.collab.registry.open(plan)).doc.getXmlFragment('default').toString();
      expect(text.includes('GUEST WAS HERE')).toBe(false);
    } finally {
      socket.close();
    }
    const elsewhere = openRawSocket(server.wsUrl, `iap.${OTHER_CITY}`, { cookie: guest.cookie! });
    expect(await within(elsewhere.outcome, WAIT_MS, 'other city')).toMatchObject({ granted: false, code: CloseCode.forbidden });
    const noPass = openRawSocket(server.wsUrl, plan, {});
    expect(await within(noPass.outcome, WAIT_MS, 'no pass')).toMatchObject({ granted: false, code: CloseCode.unauthenticated });
    const forged = openRawSocket(server.wsUrl, plan, { cookie: `${WORKSHOP_GUEST_COOKIE}=made-up` });
    expect(await within(forged.outcome, WAIT_MS, 'forged pass')).toMatchObject({ granted: false, code: CloseCode.forbidden });

    // Over REST a guest reads nothing of the plan or the city.
    for (const path of [`/api/documents/${plan}/export?format=html`, `/api/documents/${plan}/logic-check`, `/api/documents/${plan}/versions`, `/api/cities/${CITY}`, `/api/cities/${CITY}/stakeholders`]) {
      expect(await guest.get(path), path).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    }
  });

  test("a guest's presence shows their own name, read-only, whoever they claim to be; they cannot take over a member's", async ({ startAccountsServer }) => {
    const { server, guest, facilitator } = await arrange(startAccountsServer);
    const me = (await facilitator.get<{ user: { id: string } }>('/api/me')).body.user;
    const watcher = openRawSocket(server.wsUrl, plan, { cookie: facilitator.cookie! });
    const intruder = openRawSocket(server.wsUrl, plan, { cookie: guest.cookie! });
    try {
      expect(await within(Promise.all([watcher.outcome, intruder.outcome]), WAIT_MS, 'sockets')).toEqual([{ granted: true }, { granted: true }]);
      /** The presence states the facilitator's socket has heard, by client id. */
      const heard = (): Map<number, { user?: Record<string, unknown> } | null> => {
        const states = new Map<number, { user?: Record<string, unknown> } | null>();
        for (const frame of watcher.framesOf(1)) {
          const outer = decoding.createDecoder(frame);
          decoding.readVarUint(outer);
          const inner = decoding.createDecoder(decoding.readVarUint8Array(outer));
          for (let count = decoding.readVarUint(inner); count > 0; count--) {
            const clientId = decoding.readVarUint(inner);
            decoding.readVarUint(inner);
            states.set(clientId, JSON.parse(decoding.readVarString(inner)) as { user?: Record<string, unknown> } | null);
          }
        }
        return states;
      };
      watcher.send(awarenessFrame([{ clientId: 7001, clock: 1, state: { user: { name: 'Facilitator' } } }]));
      const claim = { id: me.id, name: 'Facilitator', color: '#000000', viewing: false, guest: false };
      intruder.send(awarenessFrame([{ clientId: 7002, clock: 1, state: { user: claim } }]));
      // The facilitator's own client id, with a later clock: dropped.
      intruder.send(awarenessFrame([{ clientId: 7001, clock: 9, state: { user: claim } }]));
      await expect.poll(() => heard().get(7002)?.user, { timeout: WAIT_MS }).toMatchObject({ name: 'Gita Guest', viewing: true });
      const shown = heard().get(7002)!.user!;
      expect(String(shown.id).startsWith('workshop-guest:')).toBe(true);
      expect(shown.id).not.toBe(me.id);
      expect(heard().get(7001)?.user).toMatchObject({ id: me.id, viewing: false });
    } finally {
      watcher.close();
      intruder.close();
    }
  });

  test('before the start the plan stays closed; at the end the open socket closes and no new one opens', async ({ startAccountsServer }) => {
    const { server, facilitator, guest, base } = await arrange(startAccountsServer, { start: false });
    const early = openRawSocket(server.wsUrl, plan, { cookie: guest.cookie! });
    expect(await within(early.outcome, WAIT_MS, 'before start')).toMatchObject({ granted: false, code: CloseCode.forbidden });

    await facilitator.post(`${base}/start`);
    const socket = openRawSocket(server.wsUrl, plan, { cookie: guest.cookie! });
    expect(await within(socket.outcome, WAIT_MS, 'running')).toEqual({ granted: true });
    expect((await facilitator.post(`${base}/end`)).status).toBe(200);
    expect(await within(socket.closed, WAIT_MS, 'closed at the end')).toMatchObject({ code: CloseCode.unauthenticated });
    const after = openRawSocket(server.wsUrl, plan, { cookie: guest.cookie! });
    expect(await within(after.outcome, WAIT_MS, 'after the end')).toMatchObject({ granted: false, code: CloseCode.forbidden });
  });

  test('members keep their own access to the plan beside the guests', async ({ startAccountsServer }) => {
    const { server, member } = await arrange(startAccountsServer);
    const socket = openRawSocket(server.wsUrl, plan, { cookie: member.cookie! });
    expect(await within(socket.outcome, WAIT_MS, 'member')).toEqual({ granted: true });
    socket.write('member writes');
    expect(await within(socket.writeAnswer(), WAIT_MS, 'member write')).toBe('saved');
    socket.close();
  });
});

describe('removing a person from the attendance', () => {
  test('only the facilitator removes; a removed guest loses their pass and their plan socket; the minutes leave them out', async ({ startAccountsServer }) => {
    const { server, facilitator, member, guest, base, workshop } = await arrange(startAccountsServer);
    expect((await guest.post(`${base}/ideas`, { text: 'Before I go' })).status).toBe(201);
    const guestEvents = await openEventStream(guest, workshop.id);
    const memberEvents = await openEventStream(member, workshop.id);
    const added = await facilitator.post<{ id: string }>(`${base}/attendance`, { name: 'Mr Ortiz' });
    const attendance = async () => (await facilitator.get<{ attendance: { id: string; name: string; guest: boolean }[] }>(`${base}/attendance`)).body.attendance;
    const guestRow = (await attendance()).find((row) => row.guest)!;

    expect(await member.call('DELETE', `${base}/attendance/${added.body.id}`)).toMatchObject({ status: 403 });
    expect(await guest.call('DELETE', `${base}/attendance/${added.body.id}`)).toMatchObject({ status: 403 });
    expect(await facilitator.call('DELETE', `${base}/attendance/nobody`)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await attendance()).map((row) => row.name)).toEqual(['Gita Guest', 'Member', 'Mr Ortiz']);

    const socket = openRawSocket(server.wsUrl, plan, { cookie: guest.cookie! });
    expect(await within(socket.outcome, WAIT_MS, 'guest socket')).toEqual({ granted: true });
    await within(Promise.all([guestEvents.connected, memberEvents.connected]), WAIT_MS, 'first events');
    const memberHears = memberEvents.waitFor('attendance');
    expect((await facilitator.call('DELETE', `${base}/attendance/${guestRow.id}`)).status).toBe(204);
    expect((await facilitator.call('DELETE', `${base}/attendance/${added.body.id}`)).status).toBe(204);
    expect(await facilitator.call('DELETE', `${base}/attendance/${added.body.id}`)).toMatchObject({ status: 404 });
    expect(await within(socket.closed, WAIT_MS, 'removed guest socket')).toMatchObject({ code: CloseCode.unauthenticated });
    // Their event stream ends too: it would otherwise keep telling them when anything changes.
    await within(guestEvents.ended, WAIT_MS, 'removed guest event stream');
    await within(memberHears, WAIT_MS, 'member event stream after the removal');
    memberEvents.close();
    expect(await guest.get(base)).toMatchObject({ status: 401 });
    expect(await guest.post(`${base}/ideas`, { text: 'Still here?' })).toMatchObject({ status: 401 });

    expect((await attendance()).map((row) => row.name)).toEqual(['Member']);
    expect((await facilitator.get<Workshop>(base)).body.attendance).toBe(1);
    const minutes = (await facilitator.get<{ attendance: { name: string }[]; ideas: { text: string }[] }>(`${base}/minutes`)).body;
    expect(minutes.attendance).toEqual([{ name: 'Member', guest: false }]);
    // What they posted stays.
    expect(minutes.ideas.map((idea) => idea.text)).toEqual(['Before I go']);

    // A member removed by mistake is back as soon as they take part.
    const memberRow = (await attendance())[0]!;
    await facilitator.call('DELETE', `${base}/attendance/${memberRow.id}`);
    expect((await member.get<Workshop>(base)).body.me).toBeNull();
    expect((await member.post(`${base}/ideas`, { text: 'I am here' })).status).toBe(201);
    expect((await attendance()).map((row) => row.id)).toEqual([memberRow.id]);
  });
});

describe('idea groups', () => {
  test('the facilitator groups ideas; everyone sees the groups live and in the minutes; nobody else can', async ({ startAccountsServer }) => {
    const { facilitator, member, guest, base, workshop } = await arrange(startAccountsServer);
    const post = async (who: HttpPerson, text: string) => (await who.post<Idea>(`${base}/ideas`, { text })).body.id;
    const bus = await post(member, 'More buses');
    const bikes = await post(guest, 'Bike lanes');
    const market = await post(member, 'A market');
    const events = await openEventStream(guest, workshop.id);
    try {
      await within(events.connected, WAIT_MS, 'first event');
      const heard = events.waitFor('ideas');
      const grouped = await facilitator.post<{ ideas: Idea[] }>(`${base}/ideas/group`, { ideaIds: [bus, bikes], group: 'Mobility' });
      expect(grouped.status).toBe(200);
      await within(heard, WAIT_MS, 'ideas event');
    } finally {
      events.close();
    }
    const groups = async (who: HttpPerson) => Object.fromEntries((await who.get<{ ideas: Idea[] }>(`${base}/ideas`)).body.ideas.map((idea) => [idea.text, idea.group]));
    expect(await groups(guest)).toEqual({ 'More buses': 'Mobility', 'Bike lanes': 'Mobility', 'A market': null });

    expect(await member.post(`${base}/ideas/group`, { ideaIds: [market], group: 'Mine' })).toMatchObject({ status: 403 });
    expect(await guest.post(`${base}/ideas/group`, { ideaIds: [market], group: 'Mine' })).toMatchObject({ status: 403 });
    expect(await facilitator.post(`${base}/ideas/group`, { ideaIds: [market, 'not-an-idea'], group: 'Economy' })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_payload', field: 'ideaIds.1' } },
    });
    expect(await facilitator.post(`${base}/ideas/group`, { ideaIds: [market], group: '  ' })).toMatchObject({ status: 400, body: { error: { field: 'group' } } });
    expect(await groups(member)).toEqual({ 'More buses': 'Mobility', 'Bike lanes': 'Mobility', 'A market': null });

    await facilitator.post(`${base}/ideas/group`, { ideaIds: [market], group: 'Economy' });
    await facilitator.post(`${base}/ideas/group`, { ideaIds: [bikes], group: null });
    await facilitator.post(`${base}/end`);
    const minutes = (await facilitator.get<{ ideas: Idea[] }>(`${base}/minutes`)).body;
    expect(minutes.ideas.map((idea) => [idea.text, idea.group])).toEqual([
      ['More buses', 'Mobility'],
      ['Bike lanes', null],
      ['A market', 'Economy'],
    ]);
  });
});

describe('decisions pick the plan actions', () => {
  test("the facilitator lists the plan's actions with their references; participants cannot", async ({ startAccountsServer }) => {
    const { facilitator, member, guest, base } = await arrange(startAccountsServer);
    const idea = (await member.post<Idea>(`${base}/ideas`, { text: 'Night buses' })).body;
    const { actionId } = (await facilitator.post<{ actionId: string }>(`${base}/ideas/${idea.id}/promote`)).body;
    const listed = await facilitator.get<{ actions: { id: string; reference: string; title: string }[] }>(`${base}/actions`);
    expect(listed.status).toBe(200);
    expect(listed.body.actions.at(-1)).toEqual({ id: actionId, reference: `A${listed.body.actions.length}`, title: 'Night buses' });
    expect(await member.get(`${base}/actions`)).toMatchObject({ status: 403 });
    expect(await guest.get(`${base}/actions`)).toMatchObject({ status: 403 });
    expect((await facilitator.post(`${base}/decisions`, { text: 'Night buses first', actionIds: [actionId] })).status).toBe(201);
  });
});

describe('invited stakeholders', () => {
  test('invited from the register; attended when marked present or joined with their linked account; shown by who may see them', async ({ startAccountsServer }) => {
    const server = await startAccountsServer();
    const coordinator = person(server, await addSignedIn(server.app, { name: 'Coordinator', city: CITY, role: 'coordinator' }));
    const linked = await addSignedIn(server.app, { name: 'Lena Linked', city: CITY, role: 'member' });
    const register = async (name: string, consentToBeListed: boolean, linkedUserId: string | null = null) => {
      const created = await coordinator.post<{ id: string }>(`/api/cities/${CITY}/stakeholders`, {
        name,
        sector: 'civil_society',
        importance: 3,
        influence: 3,
        consentToBeListed,
        linkedUserId,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    };
    const ana = await register('Ana Listed', true);
    const bo = await register('Bo Private', false);
    const lena = await register('Lena Linked', true, linked.id);
    const notInvited = await register('Nina Notinvited', true);
    const elsewhere = person(server, await addSignedIn(server.app, { name: 'Other coordinator', city: OTHER_CITY, role: 'coordinator' }));
    const foreign = (await elsewhere.post<{ id: string }>(`/api/cities/${OTHER_CITY}/stakeholders`, { name: 'Far', sector: 'business', importance: 1, influence: 1, consentToBeListed: true })).body.id;

    const prepare = (invitedStakeholderIds: string[]) =>
      coordinator.post<Workshop>(`/api/cities/${CITY}/workshops`, { title: 'Invites', startsAt: '2026-12-01T17:00:00Z', allowGuests: true, agenda: [{ title: 'One', minutes: 5 }], invitedStakeholderIds });
    expect(await prepare([ana, foreign])).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload', field: 'invitedStakeholderIds.1' } } });
    const created = await prepare([ana, bo, lena]);
    expect(created.status).toBe(201);
    const workshop = created.body;
    expect(workshop.invited).toEqual([
      { id: ana, name: 'Ana Listed', attended: false },
      { id: bo, name: 'Bo Private', attended: false },
      { id: lena, name: 'Lena Linked', attended: false },
    ]);
    const base = `/api/workshops/${workshop.id}`;
    await coordinator.post(`${base}/start`);
    expect(await coordinator.post(`${base}/attendance`, { name: 'Nina', stakeholderId: notInvited })).toMatchObject({ status: 400, body: { error: { field: 'stakeholderId' } } });
    expect(await coordinator.post(`${base}/attendance`, { name: 'Bo Private', stakeholderId: bo })).toMatchObject({ status: 201, body: { stakeholderId: bo } });
    const lenaPerson = person(server, linked);
    await lenaPerson.post('/api/workshops/join', { code: workshop.joinCode });

    expect((await coordinator.get<Workshop>(base)).body.invited).toEqual([
      { id: ana, name: 'Ana Listed', attended: false },
      { id: bo, name: 'Bo Private', attended: true },
      { id: lena, name: 'Lena Linked', attended: true },
    ]);
    // A member sees those who consented to be listed; a guest sees none.
    expect((await lenaPerson.get<Workshop>(base)).body.invited.map((row) => row.name)).toEqual(['Ana Listed', 'Lena Linked']);
    const guest = await joinAsGuest(server, workshop.joinCode, 'Guest');
    expect((await guest.get<Workshop>(base)).body.invited).toEqual([]);
    // Nor do the minutes name, to a member, a stakeholder marked present who did not consent.
    type MinutesBody = { attendance: { name: string }[] };
    expect((await lenaPerson.get<MinutesBody>(`${base}/minutes`)).body.attendance.map((row) => row.name)).toEqual(['Lena Linked', 'Guest']);
    expect((await coordinator.get<MinutesBody>(`${base}/minutes`)).body.attendance.map((row) => row.name)).toEqual(['Bo Private', 'Lena Linked', 'Guest']);
    const html = await fetch(`${server.httpUrl}${base}/minutes?format=html`, { headers: { cookie: lenaPerson.cookie! } });
    expect(html.status).toBe(200);
    expect(await html.text()).not.toContain('Bo Private');
  });
});
