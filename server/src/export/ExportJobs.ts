import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { ErrorCode, type ExportJobRequest, type Language } from '@iap/shared';
import { AppError } from '../errors.js';
import { isoAt, type Clock } from '../clock.js';
import type { CityRecord } from '../cities/CityRepository.js';
import type { ExportJobRecord, ExportJobStore } from './ExportJobStore.js';
import type { PlanExporter } from './PlanExporter.js';
import { zipEntryName, zipFiles } from './zipArchive.js';

/** How long a finished job and its ZIP stay downloadable. */
export const EXPORT_JOB_TTL_MS = 30 * 60 * 1000;

/**
 * A running job whose progress has not moved for this long has lost the instance rendering it
 * (killed before it could record the end): it reads as failed at its last update, so from then
 * until EXPORT_JOB_TTL_MS after that update. A plan renders in seconds; the margin covers jobs
 * queued behind others on their instance (a queued job is updated when it starts).
 */
export const EXPORT_JOB_STALE_MS = 10 * 60 * 1000;

/**
 * Jobs kept per account: each holds a ZIP of every plan in the storage, so a loop of requests
 * must not pile them up. Starting one more forgets the account's oldest finished job.
 */
export const MAX_JOBS_PER_ACCOUNT = 5;

/**
 * The all-plans exports. Each belongs to the account that started it and lives in the storage
 * (ExportJobStore) until EXPORT_JOB_TTL_MS after it ends, so any instance behind a load balancer
 * answers its status and serves its ZIP. The instance that started a job renders it: jobs run
 * one after another and one plan at a time, yielding to the event loop between plans; the files
 * are laid out on the renderer's worker thread, so live editing keeps its latency while a ZIP
 * builds (bench workload 7).
 */
export class ExportJobs {
  private queue: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    private readonly store: ExportJobStore,
    private readonly exporter: PlanExporter,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
  ) {}

  /**
   * Records a job over `cities`, queues it on this instance and returns its id; 429 when the
   * account has too many running. `languages` names the language of each plan's fixed texts
   * and of the ZIP's name.
   */
  async start(
    ownerId: string,
    request: ExportJobRequest,
    cities: readonly CityRecord[],
    languages: { ofZip: Language; ofPlan: (city: CityRecord) => Language },
  ): Promise<string> {
    const now = this.clock();
    const id = randomUUID();
    const created = await this.store.create(
      { id, ownerId, language: languages.ofZip, total: cities.length, createdAt: isoAt(now) },
      {
        maxPerOwner: MAX_JOBS_PER_ACCOUNT,
        finishedBefore: isoAt(now - EXPORT_JOB_TTL_MS),
        staleBefore: isoAt(now - EXPORT_JOB_STALE_MS),
      },
    );
    if (created.outcome === 'too_many') throw new AppError(ErrorCode.rateLimited, `At most ${MAX_JOBS_PER_ACCOUNT} exports at a time`);
    this.queue = this.queue.then(() => this.run(id, request, cities, languages.ofPlan));
    return id;
  }

  /**
   * The caller's job, or null when it does not exist, has expired or is someone else's. A job
   * whose instance stopped rendering it reads as failed.
   */
  async find(id: string, ownerId: string): Promise<ExportJobRecord | null> {
    const now = this.clock();
    const expiredBefore = isoAt(now - EXPORT_JOB_TTL_MS);
    const job = await this.store.find(id, ownerId, expiredBefore);
    if (!job || job.status !== 'running' || job.updatedAt >= isoAt(now - EXPORT_JOB_STALE_MS)) return job;
    // Failed at its last update, as the next start records it, and expiring from then.
    return job.updatedAt < expiredBefore ? null : { ...job, status: 'failed', finishedAt: job.updatedAt };
  }

  /** The ZIP of the caller's done job, or null. */
  file(id: string, ownerId: string): Promise<Buffer | null> {
    return this.store.file(id, ownerId, isoAt(this.clock() - EXPORT_JOB_TTL_MS));
  }

  /** Resolves when every job queued on this instance has ended (tests and the benchmark await it). */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * Shutting down (before the storage closes): the job in flight stops after its current plan
   * and the queued ones do not start; all are recorded as failed, so a poll on another instance
   * says so at once instead of when the job turns stale. Resolves when they are recorded.
   */
  close(): Promise<void> {
    this.closing = true;
    return this.queue;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('the server is shutting down');
  }

  private async run(id: string, request: ExportJobRequest, cities: readonly CityRecord[], languageOf: (city: CityRecord) => Language): Promise<void> {
    let result: { status: 'done'; zip: Buffer } | { status: 'failed' } = { status: 'failed' };
    try {
      this.assertOpen();
      const files: { name: string; body: Buffer }[] = [];
      const chosen: { city: CityRecord; stamp: Awaited<ReturnType<PlanExporter['stampOf']>> }[] = [];
      for (const city of cities) {
        const stamp = await this.exporter.stampOf(city);
        if (!request.states || request.states.includes(stamp.state)) chosen.push({ city, stamp });
      }
      await this.store.progress(id, { done: 0, total: chosen.length }, isoAt(this.clock()));
      for (const { city, stamp } of chosen) {
        await nextTurn();
        this.assertOpen();
        const file = await this.exporter.exportPlan(city, request.format, languageOf(city), stamp);
        files.push({ name: zipEntryName(city.name, file.extension), body: file.body });
        await this.store.progress(id, { done: files.length, total: chosen.length }, isoAt(this.clock()));
      }
      await nextTurn();
      result = { status: 'done', zip: await zipFiles(files) };
    } catch (error) {
      if (this.closing) this.log.warn({ job: id }, 'export job stopped: the server is shutting down');
      else this.log.error({ err: error, job: id }, 'export job failed');
    }
    try {
      await this.store.finish(id, result, isoAt(this.clock()));
    } catch (error) {
      // Its status stays 'running' until it is seen to be stale, then 'failed'.
      this.log.error({ err: error, job: id }, 'export job: its end could not be stored');
    }
  }
}
