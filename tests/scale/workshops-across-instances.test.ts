import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, type Idea, type Workshop } from '@iap/shared';
import type { RedisFanout } from '@iap/server/fanout/RedisFanout';
import type { RunningServer } from '../support/server.js';
import { assertServicesUp, freshDatabase, startScaledInstance } from '../support/postgresRedis.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { openRawSocket, type RawCollabSocket } from '../access/rawSocket.js';
import { within } from '../auth/accountsTest.js';
import { HttpPerson, joinAsGuest, openEventStream, type EventStreamReader } from '../workshops/httpClient.js';

/** Far longer than a message between two instances on one machine takes. */
const CROSS_WAIT_MS = 10_000;
const CITY = 'barnsley';

/**
 * A workshop run across two instances over PostgreSQL and Redis: what the facilitator does on one
 * reaches the participants' event streams on the other, what a participant posts on the other
 * reaches the facilitator's, and a guest's pass ended on one closes their plan socket on the other.
 */
describe('workshop sessions across two instances over PostgreSQL and Redis', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const prefix = `iap-workshops-${randomUUID().slice(0, 8)}`;
  const fanouts: RedisFanout[] = [];
  const opened: { close: () => void }[] = [];
  let one: RunningServer;
  let two: RunningServer;

  async function instance(): Promise<RunningServer> {
    const { server, fanout } = await startScaledInstance({ databaseUrl: database.url, prefix });
    fanouts.push(fanout);
    return server;
  }

  beforeAll(async () => {
    await assertServicesUp();
    database = await freshDatabase();
    one = await instance();
    two = await instance();
  });
  afterEach(() => {
    for (const item of opened.splice(0)) item.close();
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    for (const fanout of fanouts.splice(0)) await fanout.close();
    await database?.drop();
  });

  const on = (server: RunningServer, who: SignedIn): HttpPerson => new HttpPerson(server.httpUrl, who.cookie, who.name);
  const stream = async (person: HttpPerson, workshopId: string): Promise<EventStreamReader> => {
    const reader = await openEventStream(person, workshopId);
    opened.push(reader);
    await within(reader.connected, CROSS_WAIT_MS, 'first event');
    return reader;
  };
  const planSocket = async (server: RunningServer, cookie: string): Promise<RawCollabSocket> => {
    const socket = openRawSocket(server.wsUrl, `iap.${CITY}`, { cookie });
    opened.push(socket);
    expect(await within(socket.outcome, CROSS_WAIT_MS, 'guest plan socket')).toEqual({ granted: true });
    return socket;
  };
  /** A running session taking guests, created and started by a facilitator on instance one. */
  async function runningSession(): Promise<{ facilitator: HttpPerson; workshop: Workshop; base: string }> {
    const facilitator = on(one, await addSignedIn(one.app, { name: `Facilitator ${randomUUID().slice(0, 4)}`, city: CITY, role: 'facilitator' }));
    const created = await facilitator.post<Workshop>(`/api/cities/${CITY}/workshops`, {
      title: 'ULG across instances',
      startsAt: '2026-12-01T17:00:00Z',
      allowGuests: true,
      agenda: [
        { title: 'Where we stand', minutes: 10, sectionId: 'context' },
        { title: 'Actions', minutes: 20, sectionId: 'actions' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const base = `/api/workshops/${created.body.id}`;
    expect((await facilitator.post(`${base}/start`)).status).toBe(200);
    return { facilitator, workshop: created.body, base };
  }

  it('the facilitator’s next item, Follow me and timer start on one reach a participant’s stream on two; an idea posted on two reaches the facilitator’s on one', async () => {
    const { facilitator, workshop, base } = await runningSession();
    const participant = on(two, await addSignedIn(two.app, { name: 'Participant on two', city: CITY }));
    expect((await participant.post('/api/workshops/join', { code: workshop.joinCode })).status).toBe(200);
    const participantEvents = await stream(participant, workshop.id);
    const facilitatorEvents = await stream(facilitator, workshop.id);

    let heard = participantEvents.waitFor('session');
    expect((await facilitator.post(`${base}/advance`)).status).toBe(200);
    await within(heard, CROSS_WAIT_MS, 'next item on the other instance');
    expect((await participant.get<Workshop>(base)).body).toMatchObject({ currentItem: 1, followMe: false, timer: { running: false } });

    heard = participantEvents.waitFor('session');
    expect((await facilitator.post(`${base}/follow`, { on: true })).status).toBe(200);
    await within(heard, CROSS_WAIT_MS, 'Follow me on the other instance');
    expect((await participant.get<Workshop>(base)).body).toMatchObject({ currentItem: 1, followMe: true });

    heard = participantEvents.waitFor('session');
    expect((await facilitator.post(`${base}/timer`, { action: 'start' })).status).toBe(200);
    await within(heard, CROSS_WAIT_MS, 'timer start on the other instance');
    const timer = (await participant.get<Workshop>(base)).body.timer;
    expect(timer.running).toBe(true);
    expect(timer.remainingMs).toBeGreaterThan(19 * 60_000);

    const ideaHeard = facilitatorEvents.waitFor('ideas');
    const posted = await participant.post<Idea>(`${base}/ideas`, { text: 'A bench by the river' });
    expect(posted.status).toBe(201);
    await within(ideaHeard, CROSS_WAIT_MS, 'new idea on the other instance');
    const ideas = (await facilitator.get<{ ideas: Idea[] }>(`${base}/ideas`)).body.ideas;
    expect(ideas.map((idea) => idea.text)).toContain('A bench by the river');
  });

  it('a guest removed on one loses their plan socket on two; the session ended on one closes the other guests’ sockets on two', async () => {
    const { facilitator, workshop, base } = await runningSession();
    const removed = await joinAsGuest(two, workshop.joinCode, 'Guest removed');
    const staying = await joinAsGuest(two, workshop.joinCode, 'Guest staying');
    const removedSocket = await planSocket(two, removed.cookie!);
    const stayingSocket = await planSocket(two, staying.cookie!);

    const attendance = (await facilitator.get<{ attendance: { id: string; name: string }[] }>(`${base}/attendance`)).body.attendance;
    const row = attendance.find((person) => person.name === 'Guest removed')!;
    expect((await facilitator.call('DELETE', `${base}/attendance/${row.id}`)).status).toBe(204);
    expect(await within(removedSocket.closed, CROSS_WAIT_MS, 'close of the removed guest’s socket')).toMatchObject({ code: CloseCode.unauthenticated });
    expect((await removed.get(base)).status).not.toBe(200);

    expect((await facilitator.post(`${base}/end`)).status).toBe(200);
    expect(await within(stayingSocket.closed, CROSS_WAIT_MS, 'close of the guest’s socket at the end')).toMatchObject({ code: CloseCode.unauthenticated });
  });
});
