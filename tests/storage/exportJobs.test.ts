import { describe, expect, it } from 'vitest';
import type { ExportJobRules, NewExportJob } from '@iap/server/export/ExportJobStore';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { people } from './rows.js';

const at = (ms: number) => new Date(T0 + ms).toISOString();
const MINUTE = 60_000;

const job = (id: string, ms: number, overrides: Partial<NewExportJob> = {}): NewExportJob => ({
  id,
  ownerId: 'lena',
  language: 'hu',
  total: 9,
  createdAt: at(ms),
  ...overrides,
});

/** The rules at `ms`: five jobs per owner, finished ones kept 30 minutes, running ones stale after 10. */
const rulesAt = (ms: number): ExportJobRules => ({ maxPerOwner: 5, finishedBefore: at(ms - 30 * MINUTE), staleBefore: at(ms - 10 * MINUTE) });

describe.each(ENGINES)('ExportJobStore on %s', (name) => {
  const engine = useEngine(name);

  it('keeps a job with its progress and ZIP, for its owner only', async () => {
    await people(engine(), { Lena: null, Adam: null });
    const { exportJobs } = engine().storage;
    expect(await exportJobs.create(job('j1', 0), rulesAt(0))).toEqual({ outcome: 'created' });
    expect(await exportJobs.find('j1', 'lena', at(-30 * MINUTE))).toEqual({
      id: 'j1',
      ownerId: 'lena',
      language: 'hu',
      status: 'running',
      done: 0,
      total: 9,
      updatedAt: at(0),
      finishedAt: null,
    });
    expect(await exportJobs.find('j1', 'adam', at(-30 * MINUTE))).toBeNull();

    await exportJobs.progress('j1', { done: 2, total: 7 }, at(1_000));
    expect(await exportJobs.find('j1', 'lena', at(0))).toMatchObject({ status: 'running', done: 2, total: 7, updatedAt: at(1_000) });
    expect(await exportJobs.file('j1', 'lena', at(0))).toBeNull();

    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    await exportJobs.finish('j1', { status: 'done', zip }, at(2_000));
    expect(await exportJobs.find('j1', 'lena', at(0))).toMatchObject({ status: 'done', done: 2, total: 7, finishedAt: at(2_000) });
    expect(await exportJobs.file('j1', 'lena', at(0))).toEqual(zip);
    expect(await exportJobs.file('j1', 'adam', at(0))).toBeNull();
    // Progress or an end reported late never changes a job that has ended.
    await exportJobs.progress('j1', { done: 3, total: 7 }, at(3_000));
    await exportJobs.finish('j1', { status: 'failed' }, at(3_000));
    expect(await exportJobs.find('j1', 'lena', at(0))).toMatchObject({ status: 'done', done: 2, finishedAt: at(2_000) });
  });

  it('a failed job has no file', async () => {
    await people(engine(), { Lena: null });
    const { exportJobs } = engine().storage;
    await exportJobs.create(job('j1', 0), rulesAt(0));
    await exportJobs.finish('j1', { status: 'failed' }, at(1_000));
    expect(await exportJobs.find('j1', 'lena', at(0))).toMatchObject({ status: 'failed', finishedAt: at(1_000) });
    expect(await exportJobs.file('j1', 'lena', at(0))).toBeNull();
  });

  it('a finished job expires: unseen after the cut-off, and forgotten with its ZIP at the next start', async () => {
    await people(engine(), { Lena: null, Adam: null });
    const { exportJobs } = engine().storage;
    await exportJobs.create(job('old', 0), rulesAt(0));
    await exportJobs.finish('old', { status: 'done', zip: Buffer.from('zip') }, at(MINUTE));
    expect(await exportJobs.find('old', 'lena', at(MINUTE))).not.toBeNull();
    expect(await exportJobs.find('old', 'lena', at(MINUTE + 1))).toBeNull();
    expect(await exportJobs.file('old', 'lena', at(MINUTE + 1))).toBeNull();

    // Anyone's start forgets everyone's expired jobs.
    await exportJobs.create(job('new', 40 * MINUTE, { ownerId: 'adam' }), rulesAt(40 * MINUTE));
    expect(await engine().query('SELECT id FROM export_jobs ORDER BY id')).toEqual([{ id: 'new' }]);
  });

  it('a sixth job replaces the owner’s oldest finished one, and is refused while all five run', async () => {
    await people(engine(), { Lena: null, Adam: null });
    const { exportJobs } = engine().storage;
    // All in the same millisecond: the order of insertion decides which is oldest.
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(await exportJobs.create(job(id, 0), rulesAt(0))).toEqual({ outcome: 'created' });
    expect(await exportJobs.create(job('f', 0), rulesAt(0))).toEqual({ outcome: 'too_many' });
    expect(await exportJobs.find('f', 'lena', at(0))).toBeNull();
    // Someone else's limit is their own.
    expect(await exportJobs.create(job('x', 0, { ownerId: 'adam' }), rulesAt(0))).toEqual({ outcome: 'created' });

    await exportJobs.finish('d', { status: 'done', zip: Buffer.from('d') }, at(0));
    await exportJobs.finish('b', { status: 'failed' }, at(0));
    expect(await exportJobs.create(job('f', 0), rulesAt(0))).toEqual({ outcome: 'created' });
    expect(await exportJobs.find('b', 'lena', at(0))).toBeNull();
    expect(await exportJobs.find('d', 'lena', at(0))).not.toBeNull();
    expect(await exportJobs.create(job('g', 0), rulesAt(0))).toEqual({ outcome: 'created' });
    expect(await exportJobs.find('d', 'lena', at(0))).toBeNull();
    expect(await exportJobs.create(job('h', 0), rulesAt(0))).toEqual({ outcome: 'too_many' });
  });

  it('a running job whose instance stopped updating it is recorded as failed at its last update, and frees its place', async () => {
    await people(engine(), { Lena: null, Adam: null });
    const { exportJobs } = engine().storage;
    for (const id of ['a', 'b', 'c', 'd', 'e']) await exportJobs.create(job(id, 0), rulesAt(0));
    await exportJobs.create(job('x', 0, { ownerId: 'adam' }), rulesAt(0));
    await exportJobs.progress('a', { done: 1, total: 9 }, at(MINUTE));
    await exportJobs.progress('x', { done: 1, total: 9 }, at(5 * MINUTE));
    for (const id of ['b', 'c', 'd', 'e']) await exportJobs.progress(id, { done: 1, total: 9 }, at(12 * MINUTE));
    // At 20 minutes, 'a' and 'x' have not moved for more than 10: failed at their last update, so
    // 'a' is Lena's oldest finished job and makes room for her sixth.
    expect(await exportJobs.create(job('f', 20 * MINUTE), rulesAt(20 * MINUTE))).toEqual({ outcome: 'created' });
    expect(await exportJobs.find('a', 'lena', at(0))).toBeNull();
    expect(await exportJobs.find('b', 'lena', at(0))).toMatchObject({ status: 'running', done: 1 });
    expect(await exportJobs.find('x', 'adam', at(0))).toMatchObject({ status: 'failed', finishedAt: at(5 * MINUTE) });
    // Its instance, if it comes back, cannot revive it.
    await exportJobs.finish('x', { status: 'done', zip: Buffer.from('late') }, at(21 * MINUTE));
    expect(await exportJobs.file('x', 'adam', at(0))).toBeNull();
    expect(await exportJobs.find('x', 'adam', at(0))).toMatchObject({ status: 'failed' });
    // And it expires 30 minutes after that last update.
    await exportJobs.create(job('y', 36 * MINUTE, { ownerId: 'adam' }), rulesAt(36 * MINUTE));
    expect(await engine().query('SELECT id FROM export_jobs WHERE id = ?', ['x'])).toEqual([]);
  });

  it('two starts by one owner at once never keep more than five jobs', async () => {
    await people(engine(), { Lena: null });
    const { exportJobs } = engine().storage;
    for (const id of ['a', 'b', 'c', 'd']) await exportJobs.create(job(id, 0), rulesAt(0));
    const outcomes = await Promise.all([exportJobs.create(job('e', 0), rulesAt(0)), exportJobs.create(job('f', 0), rulesAt(0))]);
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['created', 'too_many']);
    expect(await engine().query('SELECT id FROM export_jobs')).toHaveLength(5);
  });
});
