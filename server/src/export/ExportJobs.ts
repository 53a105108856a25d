import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { ErrorCode, type ExportJobRequest, type ExportJobStatus, type Language } from '@iap/shared';
import { AppError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { CityRecord } from '../cities/CityRepository.js';
import type { PlanExporter } from './PlanExporter.js';
import { zipEntryName, zipFiles } from './zipArchive.js';

/** How long a finished job and its ZIP stay downloadable. */
export const EXPORT_JOB_TTL_MS = 30 * 60 * 1000;

/**
 * Jobs kept per account: each holds a ZIP of every plan in memory, so a loop of requests must
 * not pile them up. Starting one more forgets the account's oldest finished job.
 */
export const MAX_JOBS_PER_ACCOUNT = 5;

interface ExportJob {
  id: string;
  ownerId: string;
  /** The language of the ZIP's name: the requester's, English when they have none. */
  language: Language;
  status: ExportJobStatus['status'];
  done: number;
  total: number;
  zip: Buffer | null;
  finishedAt: number | null;
}

/**
 * The all-plans exports, kept in memory: each belongs to the account that started it, and is
 * forgotten EXPORT_JOB_TTL_MS after it ends. Jobs run one after another and one plan at a
 * time, yielding to the event loop between plans; the files are laid out on the renderer's
 * worker thread, so live editing keeps its latency while a ZIP builds (bench workload 7).
 */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly exporter: PlanExporter,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
  ) {}

  /**
   * Queues a job over `cities` and returns its id at once; 429 when the account has too many
   * running. `languages` names the language of each plan's fixed texts and of the ZIP's name.
   */
  start(
    ownerId: string,
    request: ExportJobRequest,
    cities: readonly CityRecord[],
    languages: { ofZip: Language; ofPlan: (city: CityRecord) => Language },
  ): string {
    this.forgetExpired();
    this.makeRoomFor(ownerId);
    const job: ExportJob = {
      id: randomUUID(),
      ownerId,
      language: languages.ofZip,
      status: 'running',
      done: 0,
      total: cities.length,
      zip: null,
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    this.queue = this.queue.then(() => this.run(job, request, cities, languages.ofPlan));
    return job.id;
  }

  /** The caller's job, or null when it does not exist, has expired or is someone else's. */
  find(id: string, ownerId: string): Readonly<ExportJob> | null {
    this.forgetExpired();
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId ? job : null;
  }

  /** Resolves when every queued job has ended (tests and the benchmark await it). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: ExportJob, request: ExportJobRequest, cities: readonly CityRecord[], languageOf: (city: CityRecord) => Language): Promise<void> {
    try {
      const files: { name: string; body: Buffer }[] = [];
      const chosen: { city: CityRecord; stamp: Awaited<ReturnType<PlanExporter['stampOf']>> }[] = [];
      for (const city of cities) {
        const stamp = await this.exporter.stampOf(city);
        if (!request.states || request.states.includes(stamp.state)) chosen.push({ city, stamp });
      }
      job.total = chosen.length;
      for (const { city, stamp } of chosen) {
        await nextTurn();
        const file = await this.exporter.exportPlan(city, request.format, languageOf(city), stamp);
        files.push({ name: zipEntryName(city.name, file.extension), body: file.body });
        job.done += 1;
      }
      await nextTurn();
      job.zip = await zipFiles(files);
      job.status = 'done';
    } catch (error) {
      this.log.error({ err: error, job: job.id }, 'export job failed');
      job.status = 'failed';
    } finally {
      job.finishedAt = this.clock();
    }
  }

  private makeRoomFor(ownerId: string): void {
    const own = [...this.jobs.values()].filter((job) => job.ownerId === ownerId);
    if (own.length < MAX_JOBS_PER_ACCOUNT) return;
    // Map order is insertion order: the first finished one is the oldest.
    const oldestFinished = own.find((job) => job.finishedAt !== null);
    if (!oldestFinished) throw new AppError(ErrorCode.rateLimited, `At most ${MAX_JOBS_PER_ACCOUNT} exports at a time`);
    this.jobs.delete(oldestFinished.id);
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && now - job.finishedAt > EXPORT_JOB_TTL_MS) this.jobs.delete(id);
    }
  }
}
