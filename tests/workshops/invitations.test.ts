import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, workshopSchema, type Workshop } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { ENGINES } from '../support/engines.js';
import { assertServicesUp, freshDatabase } from '../support/postgresRedis.js';
import { startServer, type RunningServer } from '../support/server.js';
import { HttpPerson, joinAsGuest, openEventStream } from './httpClient.js';

const CITY = 'barnsley';
const OTHER_CITY = 'mizil';
const WAIT_MS = 5_000;

/**
 * `PATCH /api/workshops/:id { invitedStakeholderIds }`: whoever runs a session changes who of the
 * register is invited while it is planned or running; over real HTTP, on both storage engines.
 */
describe.each(ENGINES)('changing who is invited to a workshop, on %s', (engine) => {
  let server: RunningServer;
  let database: Awaited<ReturnType<typeof freshDatabase>> | null = null;
  let facilitator: HttpPerson;
  let member: HttpPerson;
  const stakeholders: Record<string, string> = {};
  let foreign: string;

  const person = (who: SignedIn): HttpPerson => new HttpPerson(server.httpUrl, who.cookie, who.name);

  beforeAll(async () => {
    if (engine === 'postgres') {
      await assertServicesUp();
      database = await freshDatabase();
      const pool = new pg.Pool({ connectionString: database.url, max: 5 });
      pool.on('error', () => undefined);
      server = await startServer({ storage: openPostgresStorage({ pool, clock: systemClock }) });
    } else {
      server = await startServer();
    }
    const coordinator = person(await addSignedIn(server.app, { name: 'Carol Coordinator', city: CITY, role: 'coordinator' }));
    facilitator = person(await addSignedIn(server.app, { name: 'Fred Facilitator', city: CITY, role: 'facilitator' }));
    member = person(await addSignedIn(server.app, { name: 'Mo Member', city: CITY, role: 'member' }));
    for (const name of ['Ana', 'Bo', 'Cy']) {
      const created = await coordinator.post<{ id: string }>(`/api/cities/${CITY}/stakeholders`, { name, sector: 'civil_society', importance: 3, influence: 3, consentToBeListed: true });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      stakeholders[name] = created.body.id;
    }
    const elsewhere = person(await addSignedIn(server.app, { name: 'Other coordinator', city: OTHER_CITY, role: 'coordinator' }));
    foreign = (await elsewhere.post<{ id: string }>(`/api/cities/${OTHER_CITY}/stakeholders`, { name: 'Far', sector: 'business', importance: 1, influence: 1, consentToBeListed: true })).body.id;
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  async function prepare(invitedStakeholderIds: string[]): Promise<{ workshop: Workshop; base: string }> {
    const created = await facilitator.post<Workshop>(`/api/cities/${CITY}/workshops`, {
      title: 'Invitations',
      startsAt: '2026-12-01T17:00:00Z',
      allowGuests: true,
      agenda: [{ title: 'One', minutes: 5 }],
      invitedStakeholderIds,
    });
    expect(created.status).toBe(201);
    return { workshop: created.body, base: `/api/workshops/${created.body.id}` };
  }
  const invitedNames = (workshop: Workshop): string[] => workshop.invited.map((invitee) => invitee.name);

  it('the facilitator changes the invited while planned and while running; the answer, the session and the minutes show it', async () => {
    const { base } = await prepare([stakeholders.Ana!]);
    const planned = await facilitator.call<Workshop>('PATCH', base, { invitedStakeholderIds: [stakeholders.Cy!, stakeholders.Bo!, stakeholders.Cy!] });
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    workshopSchema.parse(planned.body);
    // In the register's order, each once.
    expect(invitedNames(planned.body)).toEqual(['Bo', 'Cy']);

    expect((await facilitator.post(`${base}/start`)).status).toBe(200);
    expect((await facilitator.post(`${base}/attendance`, { name: 'Bo', stakeholderId: stakeholders.Bo })).status).toBe(201);
    const running = await facilitator.call<Workshop>('PATCH', base, { invitedStakeholderIds: [stakeholders.Ana!, stakeholders.Bo!] });
    expect(running.status).toBe(200);
    expect(running.body.invited).toEqual([
      { id: stakeholders.Ana, name: 'Ana', attended: false },
      { id: stakeholders.Bo, name: 'Bo', attended: true },
    ]);
    expect(invitedNames((await member.get<Workshop>(base)).body)).toEqual(['Ana', 'Bo']);

    // Nobody invited is a valid answer too.
    expect((await facilitator.call<Workshop>('PATCH', base, { invitedStakeholderIds: [] })).body.invited).toEqual([]);
    expect((await facilitator.call<Workshop>('PATCH', base, { invitedStakeholderIds: [stakeholders.Cy!] })).status).toBe(200);
    expect((await facilitator.post(`${base}/end`)).status).toBe(200);
    const minutes = await facilitator.get<{ invited: { name: string }[] }>(`${base}/minutes`);
    expect(minutes.body.invited.map((invitee) => invitee.name)).toEqual(['Cy']);
  });

  it('tells the session’s event streams, so the console and the minutes refetch', async () => {
    const { workshop, base } = await prepare([]);
    const events = await openEventStream(facilitator, workshop.id);
    try {
      await events.connected;
      const heard = events.waitFor('attendance');
      expect((await facilitator.call('PATCH', base, { invitedStakeholderIds: [stakeholders.Ana!] })).status).toBe(200);
      await Promise.race([heard, new Promise((_resolve, reject) => setTimeout(() => reject(new Error('no attendance event')), WAIT_MS))]);
    } finally {
      events.close();
    }
  });

  it('refuses an id not in the city’s register (naming it), a malformed body, anyone who does not run the session, and an ended session; nothing changes', async () => {
    const { workshop, base } = await prepare([stakeholders.Ana!]);
    const unchanged = async () => expect(invitedNames((await facilitator.get<Workshop>(base)).body)).toEqual(['Ana']);

    const unknown = await facilitator.call('PATCH', base, { invitedStakeholderIds: [stakeholders.Bo!, foreign] });
    expect(unknown.status).toBe(400);
    expect(apiErrorSchema.parse(unknown.body).error).toMatchObject({ code: 'invalid_payload', field: 'invitedStakeholderIds.1' });
    const madeUp = await facilitator.call('PATCH', base, { invitedStakeholderIds: ['not-a-stakeholder'] });
    expect(apiErrorSchema.parse(madeUp.body).error).toMatchObject({ code: 'invalid_payload', field: 'invitedStakeholderIds.0' });
    for (const body of [{}, { invitedStakeholderIds: 'Ana' }, { invitedStakeholderIds: [''] }, { invitedStakeholderIds: [], title: 'Renamed' }]) {
      const refused = await facilitator.call('PATCH', base, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(apiErrorSchema.parse(refused.body).error.code).toBe('invalid_payload');
    }
    expect((await member.call('PATCH', base, { invitedStakeholderIds: [] })).status).toBe(403);
    expect((await new HttpPerson(server.httpUrl, null, 'Nobody').call('PATCH', base, { invitedStakeholderIds: [] })).status).toBe(401);
    expect((await facilitator.post(`${base}/start`)).status).toBe(200);
    const guest = await joinAsGuest(server, workshop.joinCode, 'Gita Guest');
    expect((await guest.call('PATCH', base, { invitedStakeholderIds: [] })).status).toBe(403);
    await unchanged();

    expect((await facilitator.post(`${base}/end`)).status).toBe(200);
    const ended = await facilitator.call('PATCH', base, { invitedStakeholderIds: [] });
    expect(ended.status).toBe(409);
    expect(apiErrorSchema.parse(ended.body).error.code).toBe('conflict');
    await unchanged();
  });
});
