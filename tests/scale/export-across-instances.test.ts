import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATIVE_CLUSTERS, exportJobCreatedSchema, exportJobStatusSchema, type ExportJobStatus } from '@iap/shared';
import { systemClock } from '@iap/server/clock';
import { openPostgresStorage } from '@iap/server/storage/postgres/openPostgresStorage';
import { makeDataDir, startServer, type RunningServer } from '../support/server.js';
import { assertServicesUp, freshDatabase } from '../support/postgresRedis.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { zipEntries } from '../export/exportFiles.js';

/**
 * Two instances over one PostgreSQL database, as behind a load balancer without sticky sessions:
 * an all-plans export started on one is polled and downloaded on the other.
 */
describe('all-plans export jobs across two instances over PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let one: RunningServer;
  let two: RunningServer;

  const instance = (): Promise<RunningServer> => {
    const pool = new pg.Pool({ connectionString: database.url, max: 5 });
    pool.on('error', () => undefined);
    return startServer({ dataDir: makeDataDir(), storage: openPostgresStorage({ pool, clock: systemClock }) });
  };

  beforeAll(async () => {
    await assertServicesUp();
    database = await freshDatabase();
    one = await instance();
    two = await instance();
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await database?.drop();
  });

  const get = (server: RunningServer, person: SignedIn, url: string) => server.app.inject({ method: 'GET', url, headers: { cookie: person.cookie } });

  /** Polls `server` until the job is no longer running. */
  async function untilEnded(server: RunningServer, person: SignedIn, id: string): Promise<ExportJobStatus> {
    for (;;) {
      const status = exportJobStatusSchema.parse((await get(server, person, `/api/exports/${id}`)).json());
      if (status.status !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('a job started on one instance reports its progress on the other, which serves its ZIP', async () => {
    const lead = await addSignedIn(one.app, { name: 'Lena Lead', networkRole: 'lead_partner' });
    const started = await one.app.inject({ method: 'POST', url: '/api/exports', headers: { cookie: lead.cookie }, payload: { format: 'pdf', lang: 'hu' } });
    expect(started.statusCode).toBe(202);
    const { id } = exportJobCreatedSchema.parse(started.json());

    const seen: ExportJobStatus[] = [];
    for (;;) {
      const status = await get(two, lead, `/api/exports/${id}`);
      expect(status.statusCode, status.body).toBe(200);
      seen.push(exportJobStatusSchema.parse(status.json()));
      if (seen.at(-1)!.status !== 'running') break;
      if (seen.length === 1) expect((await get(two, lead, `/api/exports/${id}/file`)).statusCode).toBe(409);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen[0]).toMatchObject({ status: 'running' });
    expect(seen.some((status) => status.status === 'running' && status.done > 0 && status.done < 9)).toBe(true);
    expect(seen.at(-1)).toEqual({ status: 'done', done: 9, total: 9 });

    const file = await get(two, lead, `/api/exports/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('Integrált cselekvési tervek'));
    expect(zipEntries(file.rawPayload).map((entry) => entry.name).sort()).toEqual(CREATIVE_CLUSTERS.cities.map((city) => `${city.name}.pdf`).sort());
    // The same bytes from the instance that rendered it.
    expect((await get(one, lead, `/api/exports/${id}/file`)).rawPayload.equals(file.rawPayload)).toBe(true);
  });

  it('on the other instance too, a job is its owner’s only, and the per-account limit holds across instances', async () => {
    const lead = await addSignedIn(one.app, { name: 'Lars Lead', networkRole: 'lead_partner' });
    const admin = await addSignedIn(two.app, { name: 'Adam Admin', networkRole: 'admin' });
    const start = (server: RunningServer) =>
      server.app.inject({ method: 'POST', url: '/api/exports', headers: { cookie: lead.cookie }, payload: { format: 'html', states: ['final'] } });
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      const response = await start(index % 2 === 0 ? one : two);
      expect(response.statusCode).toBe(202);
      ids.push(exportJobCreatedSchema.parse(response.json()).id);
      await untilEnded(two, lead, ids.at(-1)!);
    }
    expect((await get(two, lead, `/api/exports/${ids[0]}`)).statusCode).toBe(404);
    expect((await get(one, lead, `/api/exports/${ids[1]}`)).json()).toEqual({ status: 'done', done: 0, total: 0 });
    expect((await get(two, admin, `/api/exports/${ids[5]}`)).statusCode).toBe(404);
    expect((await get(two, admin, `/api/exports/${ids[5]}/file`)).statusCode).toBe(404);
  });

  it('a job whose instance shuts down reads as failed on the other at once', async () => {
    const three = await instance();
    const lead = await addSignedIn(three.app, { name: 'Lia Lead', networkRole: 'lead_partner' });
    const started = await three.app.inject({ method: 'POST', url: '/api/exports', headers: { cookie: lead.cookie }, payload: { format: 'pdf' } });
    const { id } = exportJobCreatedSchema.parse(started.json());
    await three.close();
    const status = await get(two, lead, `/api/exports/${id}`);
    expect(status.json()).toMatchObject({ status: 'failed' });
    expect((await get(two, lead, `/api/exports/${id}/file`)).statusCode).toBe(409);
  });
});
