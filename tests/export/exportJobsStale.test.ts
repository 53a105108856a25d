import { describe, expect, it } from 'vitest';
import type { FastifyBaseLogger } from 'fastify';
import { EXPORT_JOB_STALE_MS, EXPORT_JOB_TTL_MS, ExportJobs } from '@iap/server/export/ExportJobs';
import type { PlanExporter } from '@iap/server/export/PlanExporter';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { NETWORK, people } from '../storage/rows.js';

const quiet = { error: () => undefined, warn: () => undefined } as unknown as FastifyBaseLogger;
/** An exporter whose instance stopped mid-job: it never answers. */
const hung = { stampOf: () => new Promise(() => undefined), exportPlan: () => new Promise(() => undefined) } as unknown as PlanExporter;

describe.each(ENGINES)('an export job whose instance stopped rendering it, on %s', (name) => {
  const engine = useEngine(name);

  it('reads as failed at its last update once stale, and expires like a job that ended then', async () => {
    await people(engine(), { Lena: null });
    let now = T0;
    const jobs = new ExportJobs(engine().storage.exportJobs, hung, () => now, quiet);
    const cities = await engine().storage.cities.list();
    expect(cities.length).toBe(NETWORK.cities.length);
    const languages = { ofZip: 'en' as const, ofPlan: () => 'en' as const };
    const id = await jobs.start('lena', { format: 'html' }, cities, languages);
    expect(await jobs.find(id, 'lena')).toMatchObject({ status: 'running', done: 0, total: 3 });

    now += EXPORT_JOB_STALE_MS - 1;
    expect(await jobs.find(id, 'lena')).toMatchObject({ status: 'running' });
    now += 2;
    expect(await jobs.find(id, 'lena')).toMatchObject({ status: 'failed', finishedAt: new Date(T0).toISOString() });
    expect(await jobs.file(id, 'lena')).toBeNull();

    now = T0 + EXPORT_JOB_TTL_MS;
    expect(await jobs.find(id, 'lena')).toMatchObject({ status: 'failed' });
    now += 1;
    expect(await jobs.find(id, 'lena')).toBeNull();
    // The next start forgets it with the expired ones.
    await jobs.start('lena', { format: 'html' }, cities, languages);
    expect(await engine().query('SELECT id FROM export_jobs WHERE id = ?', [id])).toEqual([]);
  });
});
