import { describe, expect } from 'vitest';
import { apiErrorSchema, CREATIVE_CLUSTERS, exportJobCreatedSchema, exportJobStatusSchema, type ExportJobStatus } from '@iap/shared';
import { appTest } from '../support/fixtures.js';
import type { RunningServer } from '../support/server.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { zipEntries } from './exportFiles.js';

/** Starting an all-plans export on `server`, and reading its status until it ends. */
function exportJobs(server: RunningServer) {
  const start = (person: SignedIn | null, payload: unknown) =>
    server.app.inject({ method: 'POST', url: '/api/exports', headers: person ? { cookie: person.cookie } : {}, payload: payload as object });
  const statusOf = async (person: SignedIn, id: string) => {
    const response = await server.app.inject({ method: 'GET', url: `/api/exports/${id}`, headers: { cookie: person.cookie } });
    return { code: response.statusCode, body: response.statusCode === 200 ? exportJobStatusSchema.parse(response.json()) : null };
  };

  /** Polls until the job ends, keeping every status seen on the way. */
  async function pollToEnd(person: SignedIn, id: string): Promise<ExportJobStatus[]> {
    const seen: ExportJobStatus[] = [];
    for (;;) {
      const { body } = await statusOf(person, id);
      seen.push(body!);
      if (body!.status !== 'running') return seen;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return { start, statusOf, pollToEnd };
}

/** One app for the file, with the lead partner and an admin who may export every plan. */
const it = appTest
  .extend('cast', { scope: 'file' }, async ({ fileServer: server }) => ({
    leadPartner: await addSignedIn(server.app, { name: 'Lena Lead', networkRole: 'lead_partner' }),
    admin: await addSignedIn(server.app, { name: 'Adam Admin', networkRole: 'admin' }),
  }))
  .extend('jobs', { scope: 'file' }, ({ fileServer }) => exportJobs(fileServer));

describe('exporting every plan at once', () => {
  it('builds a ZIP of the nine plans named after the cities, reporting progress on the way', async ({ fileServer: server, cast: { leadPartner }, jobs: { start, pollToEnd } }) => {
    const response = await start(leadPartner, { format: 'pdf' });
    expect(response.statusCode).toBe(202);
    const { id } = exportJobCreatedSchema.parse(response.json());

    const seen = await pollToEnd(leadPartner, id);
    expect(seen[0]).toMatchObject({ status: 'running', total: 9 });
    expect(seen[0]!.done).toBeLessThan(9);
    expect(seen.some((status) => status.status === 'running' && status.done > 0)).toBe(true);
    expect(seen.at(-1)).toEqual({ status: 'done', done: 9, total: 9 });

    const file = await server.app.inject({ method: 'GET', url: `/api/exports/${id}/file`, headers: { cookie: leadPartner.cookie } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    const entries = zipEntries(file.rawPayload);
    expect(entries.map((entry) => entry.name).sort()).toEqual(CREATIVE_CLUSTERS.cities.map((city) => `${city.name}.pdf`).sort());
    expect(entries.map((entry) => entry.name)).toContain('Hódmezővásárhely.pdf');
    expect(entries.every((entry) => entry.utf8Flag)).toBe(true);
  });

  it('filters by plan state, and the title page names the state and the last named version', async ({ fileServer: server, cast: { admin }, jobs: { start, pollToEnd } }) => {
    const coordinator = await addSignedIn(server.app, { name: 'Olivia Coordinator', city: 'obidos', role: 'coordinator' });
    const asCoordinator = { cookie: coordinator.cookie };
    const named = await server.app.inject({
      method: 'POST',
      url: '/api/documents/iap.obidos/versions',
      headers: asCoordinator,
      payload: { label: 'Draft for ULG meeting 3' },
    });
    expect(named.statusCode).toBe(201);
    for (const to of ['in_review', 'validated', 'submitted']) {
      const moved = await server.app.inject({ method: 'POST', url: '/api/documents/iap.obidos/state', headers: asCoordinator, payload: { to } });
      expect(moved.statusCode).toBe(200);
    }

    const submitted = exportJobCreatedSchema.parse((await start(admin, { format: 'html', states: ['submitted', 'final'] })).json());
    expect((await pollToEnd(admin, submitted.id)).at(-1)).toEqual({ status: 'done', done: 1, total: 1 });
    const zip = await server.app.inject({ method: 'GET', url: `/api/exports/${submitted.id}/file`, headers: { cookie: admin.cookie } });
    expect(zipEntries(zip.rawPayload).map((entry) => entry.name)).toEqual(['Óbidos.html']);
    const drafts = exportJobCreatedSchema.parse((await start(admin, { format: 'html', states: ['draft'] })).json());
    expect((await pollToEnd(admin, drafts.id)).at(-1)).toEqual({ status: 'done', done: 8, total: 8 });

    const page = await server.app.inject({ method: 'GET', url: '/api/documents/iap.obidos/export?format=html&lang=en', headers: asCoordinator });
    expect(page.body).toContain('<dt>Plan state</dt><dd>Submitted</dd>');
    expect(page.body).toContain('last named version “Draft for ULG meeting 3”');
  });

  it('is for the lead partner and admins only', async ({ fileServer: server, jobs: { start } }) => {
    const member = await addSignedIn(server.app, { name: 'Mia Member', city: 'mizil', role: 'member' });
    const coordinator = await addSignedIn(server.app, { name: 'Cora Coordinator', city: 'obidos', role: 'coordinator' });
    expect((await start(member, { format: 'docx' })).statusCode).toBe(403);
    expect((await start(coordinator, { format: 'docx' })).statusCode).toBe(403);
    expect((await start(null, { format: 'docx' })).statusCode).toBe(401);
  });

  it('refuses a bad payload, naming the field', async ({ cast: { leadPartner }, jobs: { start } }) => {
    for (const [payload, field] of [
      [{ format: 'csv' }, 'format'],
      [{ format: 'pdf', states: ['bogus'] }, 'states.0'],
      [{ format: 'pdf', extra: true }, 'extra'],
    ] as const) {
      const response = await start(leadPartner, payload);
      expect(response.statusCode).toBe(400);
      expect(apiErrorSchema.parse(response.json()).error).toMatchObject({ code: 'invalid_payload', field });
    }
  });

  it('keeps at most five jobs per account, forgetting the oldest finished one', async ({ fileServer: server, jobs: { start, statusOf, pollToEnd } }) => {
    const lead = await addSignedIn(server.app, { name: 'Lars Lead', networkRole: 'lead_partner' });
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      const response = await start(lead, { format: 'html', states: ['final'] });
      expect(response.statusCode).toBe(202);
      ids.push(exportJobCreatedSchema.parse(response.json()).id);
      await pollToEnd(lead, ids.at(-1)!);
    }
    expect((await statusOf(lead, ids[0]!)).code).toBe(404);
    expect((await statusOf(lead, ids[1]!)).code).toBe(200);
    expect((await statusOf(lead, ids[5]!)).code).toBe(200);
  });

  it("keeps a job to the account that started it: another one gets 404", async ({ fileServer: server, cast: { leadPartner, admin }, jobs: { start, statusOf, pollToEnd } }) => {
    const { id } = exportJobCreatedSchema.parse((await start(leadPartner, { format: 'html' })).json());
    await pollToEnd(leadPartner, id);
    expect((await statusOf(admin, id)).code).toBe(404);
    const file = await server.app.inject({ method: 'GET', url: `/api/exports/${id}/file`, headers: { cookie: admin.cookie } });
    expect(file.statusCode).toBe(404);
    expect((await statusOf(leadPartner, 'no-such-job')).code).toBe(404);
  });
});
