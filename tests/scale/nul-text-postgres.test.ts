import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, type Idea, type Workshop } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { addSignedIn } from '../access/people.js';
import { makeDataDir, startServer, type RunningServer } from '../support/server.js';
import { assertServicesUp, freshDatabase } from '../support/postgresRedis.js';

/**
 * PostgreSQL refuses a NUL character in text (SQLite stores it): a payload carrying one, which
 * JSON allows as `\u0000`, is the client's mistake (400), not the server's (500), and stores nothing.
 */
describe('text with a NUL character over PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let server: RunningServer;

  beforeAll(async () => {
    await assertServicesUp();
    database = await freshDatabase();
    const pool = new pg.Pool({ connectionString: database.url, max: 5 });
    pool.on('error', () => undefined);
    server = await startServer({ dataDir: makeDataDir(), storage: openPostgresStorage({ pool, clock: systemClock }) });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('a session title, an idea and an idea group answer 400 invalid_payload', async () => {
    const facilitator = await addSignedIn(server.app, { name: 'Facilitator', city: 'barnsley', role: 'facilitator' });
    const headers = { cookie: facilitator.cookie };
    const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
      server.app.inject(payload === undefined ? { method, url, headers } : { method, url, headers, payload });
    const session = { startsAt: '2026-12-01T17:00:00Z', agenda: [{ title: 'One', minutes: 5 }] };
    const refused = (answer: { statusCode: number; body: string; json: () => unknown }) => {
      expect(answer.statusCode, answer.body).toBe(400);
      expect(apiErrorSchema.parse(answer.json()).error.code).toBe('invalid_payload');
    };
    refused(await call('POST', '/api/cities/barnsley/workshops', { ...session, title: 'Bad\u0000title' }));

    const created = await call('POST', '/api/cities/barnsley/workshops', { ...session, title: 'Good' });
    expect(created.statusCode).toBe(201);
    const base = `/api/workshops/${(created.json() as Workshop).id}`;
    expect((await call('POST', `${base}/start`)).statusCode).toBe(200);
    refused(await call('POST', `${base}/ideas`, { text: 'a\u0000b' }));
    const idea = (await call('POST', `${base}/ideas`, { text: 'Shade' })).json() as Idea;
    refused(await call('POST', `${base}/ideas/group`, { ideaIds: [idea.id], group: 'g\u0000' }));
    expect(((await call('GET', `${base}/ideas`)).json() as { ideas: Idea[] }).ideas.map((row) => [row.text, row.group])).toEqual([['Shade', null]]);
  });
});
