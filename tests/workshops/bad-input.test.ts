import type { FastifyInstance, InjectOptions } from 'fastify';
import { describe, expect } from 'vitest';
import { WORKSHOP_GUEST_COOKIE, type Poll, type Workshop } from '@iap/shared';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { MINUTE, SECOND, test } from '../auth/accountsTest.js';

const CITY = 'barnsley';
const OTHER_CITY = 'mizil';

interface Caller {
  cookie?: string;
}

async function call(app: FastifyInstance, who: Caller, method: InjectOptions['method'], url: string, payload?: unknown) {
  const response = await app.inject({ method, url, headers: who.cookie ? { cookie: who.cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>(), response };
}

/** Row counts of the workshop tables, to show that a refused request changed nothing. */
function workshopCounts(app: FastifyInstance): Record<string, number> {
  const tables = ['workshops', 'workshop_participants', 'workshop_ideas', 'workshop_polls', 'workshop_votes', 'workshop_decisions'];
  return Object.fromEntries(tables.map((table) => [table, (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
}

interface Arranged {
  app: FastifyInstance;
  facilitator: SignedIn;
  member: SignedIn;
  stranger: SignedIn;
  workshop: Workshop;
  guest: Caller;
}

/** A running session of CITY taking guests, a member of it, a member of another city and one guest who joined. */
async function arrange(app: FastifyInstance, allowGuests = true): Promise<Arranged> {
  const facilitator = await addSignedIn(app, { name: 'Facilitator', city: CITY, role: 'facilitator' });
  const member = await addSignedIn(app, { name: 'Member', city: CITY, role: 'member' });
  const stranger = await addSignedIn(app, { name: 'Stranger', city: OTHER_CITY, role: 'coordinator' });
  const created = await call(app, facilitator, 'POST', `/api/cities/${CITY}/workshops`, {
    title: 'Session',
    startsAt: '2026-12-01T17:00:00Z',
    allowGuests,
    agenda: [{ title: 'One', minutes: 10 }, { title: 'Two', minutes: 15 }],
  });
  expect(created.status).toBe(201);
  const workshop = created.body as unknown as Workshop;
  expect((await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/start`)).status).toBe(200);
  const guest: Caller = {};
  if (allowGuests) {
    const joined = await call(app, {}, 'POST', '/api/workshops/join', { code: workshop.joinCode, name: 'Gita Guest' });
    expect(joined.status).toBe(200);
    const cookie = joined.response.cookies.find((candidate) => candidate.name === WORKSHOP_GUEST_COOKIE)!;
    expect(cookie.httpOnly).toBe(true);
    guest.cookie = `${WORKSHOP_GUEST_COOKIE}=${cookie.value}`;
  }
  return { app, facilitator, member, stranger, workshop, guest };
}

async function openPoll(arranged: Arranged, votesPerPerson = 2): Promise<Poll> {
  const created = await call(arranged.app, arranged.facilitator, 'POST', `/api/workshops/${arranged.workshop.id}/polls`, {
    question: 'Which?',
    votesPerPerson,
    options: [{ label: 'A' }, { label: 'B' }],
  });
  expect(created.status).toBe(201);
  return created.body as unknown as Poll;
}

describe('workshop bad input: refused with a clear JSON error, nothing changes', () => {
  test('a vote for an option of another poll, over the budget, or after the close', async ({ buildAccountsApp }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, member, workshop } = arranged;
    const first = await openPoll(arranged, 1);
    const second = await openPoll(arranged, 1);
    const votes = (poll: Poll) => `/api/workshops/${workshop.id}/polls/${poll.id}/votes`;

    const before = workshopCounts(app);
    const crossed = await call(app, member, 'POST', votes(first), { optionId: second.options[0]!.id });
    expect(crossed).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload', field: 'optionId' } } });
    const unknownPoll = await call(app, member, 'POST', `/api/workshops/${workshop.id}/polls/nope/votes`, { optionId: first.options[0]!.id });
    expect(unknownPoll).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const extraField = await call(app, member, 'POST', votes(first), { optionId: first.options[0]!.id, participantId: 'someone-else' });
    expect(extraField).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload' } } });
    // The member joined on their first (refused) vote; no vote was stored.
    expect(workshopCounts(app)).toEqual({ ...before, workshop_participants: before.workshop_participants! + 1 });

    expect((await call(app, member, 'POST', votes(first), { optionId: first.options[0]!.id })).status).toBe(201);
    const overBudget = await call(app, member, 'POST', votes(first), { optionId: first.options[1]!.id });
    expect(overBudget).toMatchObject({ status: 409, body: { error: { code: 'vote_budget_exhausted' } } });

    expect((await call(app, arranged.facilitator, 'POST', `/api/workshops/${workshop.id}/polls/${second.id}/close`)).status).toBe(200);
    const afterClose = workshopCounts(app);
    const late = await call(app, arranged.guest, 'POST', votes(second), { optionId: second.options[0]!.id });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'poll_closed' } } });
    expect(workshopCounts(app)).toEqual(afterClose);
  });

  test('a poll past its time limit takes no more votes', async ({ buildAccountsApp, clock }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, workshop, guest } = arranged;
    const created = await call(app, arranged.facilitator, 'POST', `/api/workshops/${workshop.id}/polls`, {
      question: 'Quick?',
      votesPerPerson: 3,
      options: [{ label: 'Yes' }, { label: 'No' }],
      closesAt: new Date(clock.read() + MINUTE).toISOString(),
    });
    const poll = created.body as unknown as Poll;
    expect((await call(app, guest, 'POST', `/api/workshops/${workshop.id}/polls/${poll.id}/votes`, { optionId: poll.options[0]!.id })).status).toBe(201);
    clock.advance(MINUTE);
    const late = await call(app, guest, 'POST', `/api/workshops/${workshop.id}/polls/${poll.id}/votes`, { optionId: poll.options[0]!.id });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'poll_closed' } } });
    // Closed by time: the results are everyone's now.
    expect((await call(app, guest, 'GET', `/api/workshops/${workshop.id}/polls/${poll.id}/results`)).body).toMatchObject({ closed: true, options: [{ label: 'Yes', votes: 1 }, { label: 'No', votes: 0 }] });
  });

  test('ideas on an ended session, and an ended or unknown join code', async ({ buildAccountsApp }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, workshop, guest } = arranged;
    expect((await call(app, arranged.facilitator, 'POST', `/api/workshops/${workshop.id}/end`)).status).toBe(200);
    const before = workshopCounts(app);
    expect(await call(app, guest, 'POST', `/api/workshops/${workshop.id}/ideas`, { text: 'late' })).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect(await call(app, {}, 'POST', '/api/workshops/join', { code: workshop.joinCode, name: 'Late' })).toMatchObject({ status: 404, body: { error: { code: 'not_found', field: 'code' } } });
    expect(await call(app, {}, 'POST', '/api/workshops/join', { code: 'QQQQQQ', name: 'Lost' })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(app, arranged.facilitator, 'POST', `/api/workshops/${workshop.id}/advance`, {})).toMatchObject({ status: 409 });
    expect(workshopCounts(app)).toEqual(before);
  });

  test('a guest may only take part in their own session', async ({ buildAccountsApp }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, guest, workshop } = arranged;
    // Another session of the same city.
    const other = await call(app, arranged.facilitator, 'POST', `/api/cities/${CITY}/workshops`, { title: 'Other', startsAt: '2026-12-02T17:00:00Z', agenda: [{ title: 'x', minutes: 5 }] });
    const before = workshopCounts(app);
    for (const [method, url] of [
      ['GET', `/api/cities/${CITY}/workshops`],
      ['GET', `/api/cities/${CITY}`],
      ['GET', `/api/cities/${CITY}/members`],
      ['GET', '/api/notifications'],
      ['GET', `/api/documents/iap.${CITY}/versions`],
    ] as const) {
      expect(await call(app, guest, method, url), url).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    }
    expect(await call(app, guest, 'POST', `/api/cities/${CITY}/workshops`, { title: 'Mine', startsAt: '2026-12-02T17:00:00Z', agenda: [{ title: 'x', minutes: 5 }] })).toMatchObject({ status: 403 });
    expect(await call(app, guest, 'GET', `/api/workshops/${other.body.id as string}`)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    for (const path of ['advance', 'end', 'polls', 'decisions']) {
      expect(await call(app, guest, 'POST', `/api/workshops/${workshop.id}/${path}`, path === 'decisions' ? { text: 'We agree' } : {}), path).toMatchObject({ status: 403 });
    }
    expect(await call(app, guest, 'POST', `/api/workshops/${workshop.id}/timer`, { action: 'start' })).toMatchObject({ status: 403 });
    expect(await call(app, guest, 'GET', `/api/workshops/${workshop.id}/minutes`)).toMatchObject({ status: 403 });
    expect(workshopCounts(app)).toEqual(before);
    // What a guest may do: see the session and post in it.
    expect((await call(app, guest, 'GET', `/api/workshops/${workshop.id}`)).body).toMatchObject({ me: { name: 'Gita Guest', guest: true }, canRun: false });
    expect((await call(app, guest, 'POST', `/api/workshops/${workshop.id}/ideas`, { text: 'An idea' })).status).toBe(201);
  });

  test('a participant of another city cannot join or reach the session; a session without guests refuses them', async ({ buildAccountsApp }) => {
    const arranged = await arrange(await buildAccountsApp(), false);
    const { app, stranger, workshop } = arranged;
    const before = workshopCounts(app);
    expect(await call(app, stranger, 'POST', '/api/workshops/join', { code: workshop.joinCode })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await call(app, stranger, 'GET', `/api/workshops/${workshop.id}`)).toMatchObject({ status: 404 });
    expect(await call(app, stranger, 'POST', `/api/workshops/${workshop.id}/ideas`, { text: 'hi' })).toMatchObject({ status: 404 });
    expect(await call(app, stranger, 'GET', `/api/cities/${CITY}/workshops`)).toMatchObject({ status: 404 });
    expect(await call(app, {}, 'POST', '/api/workshops/join', { code: workshop.joinCode, name: 'Walk-in' })).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await call(app, {}, 'GET', `/api/workshops/${workshop.id}`)).toMatchObject({ status: 401 });
    // A member of the city creating a session: only coordinators, facilitators and admins run them.
    expect(await call(app, arranged.member, 'POST', `/api/cities/${CITY}/workshops`, { title: 'x', startsAt: '2026-12-02T17:00:00Z', agenda: [{ title: 'x', minutes: 5 }] })).toMatchObject({ status: 403 });
    expect(workshopCounts(app)).toEqual(before);
    // The member of the city joins as themselves, once however often they join.
    const joined = await call(app, arranged.member, 'POST', '/api/workshops/join', { code: workshop.joinCode });
    expect(joined).toMatchObject({ status: 200, body: { participant: { name: 'Member', guest: false } } });
    await call(app, arranged.member, 'POST', '/api/workshops/join', { code: workshop.joinCode });
    expect(workshopCounts(app).workshop_participants).toBe(before.workshop_participants! + 1);
  });

  test('wrong join codes from one address are rate limited', async ({ buildAccountsApp }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, workshop } = arranged;
    for (let i = 0; i < 20; i++) expect((await call(app, {}, 'POST', '/api/workshops/join', { code: `WRONG${i}`, name: 'x' })).status).toBe(404);
    const limited = await call(app, {}, 'POST', '/api/workshops/join', { code: workshop.joinCode, name: 'x' });
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(Number(limited.response.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('create refuses bad payloads with the field named', async ({ buildAccountsApp }) => {
    const app = await buildAccountsApp();
    const facilitator = await addSignedIn(app, { name: 'F', city: CITY, role: 'facilitator' });
    const post = (payload: unknown) => call(app, facilitator, 'POST', `/api/cities/${CITY}/workshops`, payload);
    expect(await post({ title: 'x', startsAt: 'tomorrow', agenda: [{ title: 'a', minutes: 5 }] })).toMatchObject({ status: 400, body: { error: { field: 'startsAt' } } });
    expect(await post({ title: 'x', startsAt: '2026-12-02T17:00:00Z', agenda: [] })).toMatchObject({ status: 400, body: { error: { field: 'agenda' } } });
    expect(await post({ title: 'x', startsAt: '2026-12-02T17:00:00Z', agenda: [{ title: 'a', minutes: 0 }] })).toMatchObject({ status: 400, body: { error: { field: 'agenda.0.minutes' } } });
    expect(await post({ title: 'x', startsAt: '2026-12-02T17:00:00Z', agenda: [{ title: 'a', minutes: 5, sectionId: 'nope' }] })).toMatchObject({ status: 400, body: { error: { field: 'agenda.0.sectionId' } } });
    expect(workshopCounts(app).workshops).toBe(0);
  });

  test('promoting an idea into a final plan is refused', async ({ buildAccountsApp }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, workshop, guest } = arranged;
    const idea = await call(app, guest, 'POST', `/api/workshops/${workshop.id}/ideas`, { text: 'Too late for the plan' });
    app.db.prepare("INSERT INTO plan_states (document_name, state, changed_at) VALUES (?, 'final', ?)").run(`iap.${CITY}`, new Date().toISOString());
    const refused = await call(app, arranged.facilitator, 'POST', `/api/workshops/${workshop.id}/ideas/${idea.body.id as string}/promote`);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'plan_final' } } });
    expect((await call(app, guest, 'GET', `/api/workshops/${workshop.id}/ideas`)).body).toMatchObject({ ideas: [{ actionId: null }] });
  });
});

describe('attendance', () => {
  test('the facilitator adds someone present without a device, also after the end; the minutes count them; a participant cannot', async ({ buildAccountsApp }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, facilitator, workshop, guest, member } = arranged;
    const added = await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/attendance`, { name: 'Mr Ortiz (no phone)' });
    expect(added).toMatchObject({ status: 201, body: { name: 'Mr Ortiz (no phone)', guest: false } });
    const before = workshopCounts(app);
    expect(await call(app, guest, 'POST', `/api/workshops/${workshop.id}/attendance`, { name: 'My friend' })).toMatchObject({ status: 403 });
    expect(await call(app, member, 'POST', `/api/workshops/${workshop.id}/attendance`, { name: 'My friend' })).toMatchObject({ status: 403 });
    expect(await call(app, member, 'GET', `/api/workshops/${workshop.id}/attendance`)).toMatchObject({ status: 403 });
    expect(await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/attendance`, { name: '' })).toMatchObject({ status: 400, body: { error: { field: 'name' } } });
    expect(workshopCounts(app)).toEqual(before);

    await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/end`);
    expect((await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/attendance`, { name: 'Late note' })).status).toBe(201);
    const listed = (await call(app, facilitator, 'GET', `/api/workshops/${workshop.id}/attendance`)).body as { attendance: { name: string }[] };
    expect(listed.attendance.map((person) => person.name)).toEqual(['Gita Guest', 'Mr Ortiz (no phone)', 'Late note']);
    const minutes = (await call(app, facilitator, 'GET', `/api/workshops/${workshop.id}/minutes`)).body as { attendance: { name: string; guest: boolean }[] };
    expect(minutes.attendance).toEqual([
      { name: 'Gita Guest', guest: true },
      { name: 'Mr Ortiz (no phone)', guest: false },
      { name: 'Late note', guest: false },
    ]);
  });
});

describe('the countdown is server-authoritative', () => {
  test('start runs the time box, pause keeps what is left, add extends, advance resets', async ({ buildAccountsApp, clock }) => {
    const arranged = await arrange(await buildAccountsApp());
    const { app, facilitator, workshop, guest } = arranged;
    const timer = async (body: unknown) => ((await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/timer`, body)).body as unknown as Workshop).timer;
    const seenByGuest = async () => ((await call(app, guest, 'GET', `/api/workshops/${workshop.id}`)).body as unknown as Workshop).timer;

    expect(await timer({ action: 'start' })).toEqual({ running: true, endsAt: new Date(clock.read() + 10 * MINUTE).toISOString(), remainingMs: 10 * MINUTE });
    clock.advance(4 * MINUTE);
    expect(await seenByGuest()).toMatchObject({ running: true, remainingMs: 6 * MINUTE });
    expect(await timer({ action: 'pause' })).toEqual({ running: false, endsAt: null, remainingMs: 6 * MINUTE });
    clock.advance(10 * MINUTE);
    expect(await seenByGuest()).toMatchObject({ running: false, remainingMs: 6 * MINUTE });
    expect(await timer({ action: 'add', seconds: 60 })).toMatchObject({ running: false, remainingMs: 7 * MINUTE });
    expect(await timer({ action: 'start' })).toMatchObject({ running: true, remainingMs: 7 * MINUTE });
    expect(await timer({ action: 'add', seconds: 300 })).toMatchObject({ running: true, remainingMs: 12 * MINUTE });
    clock.advance(13 * MINUTE);
    expect(await seenByGuest()).toEqual({ running: false, endsAt: null, remainingMs: 0 });
    clock.advance(30 * SECOND);
    const advanced = (await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/advance`, {})).body as unknown as Workshop;
    expect(advanced).toMatchObject({ currentItem: 1, timer: { running: false, remainingMs: 15 * MINUTE } });
    expect((await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/advance`, { to: 2 })).body).toMatchObject({ error: { code: 'invalid_payload', field: 'to' } });
    expect((await call(app, facilitator, 'POST', `/api/workshops/${workshop.id}/advance`, { to: 0 })).body).toMatchObject({ currentItem: 0 });
  });
});
