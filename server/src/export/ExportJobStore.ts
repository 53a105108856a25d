import type { ExportJobStatus, Language } from '@iap/shared';

/** An all-plans export job as stored; times are ISO-8601 UTC. */
export interface ExportJobRecord {
  id: string;
  ownerId: string;
  /** The language of the ZIP's name. */
  language: Language;
  status: ExportJobStatus['status'];
  done: number;
  total: number;
  /** Moves with each plan rendered: a running job not updated for long has lost its instance. */
  updatedAt: string;
  finishedAt: string | null;
}

/** The columns of an ExportJobRecord, for both engines' SELECTs from export_jobs. */
export const EXPORT_JOB_COLUMNS = `id, owner_id AS "ownerId", language, status, done, total, updated_at AS "updatedAt", finished_at AS "finishedAt"`;

export interface NewExportJob {
  id: string;
  ownerId: string;
  language: Language;
  total: number;
  createdAt: string;
}

/** The rules `create` applies in its transaction, with the cut-off times computed by the caller. */
export interface ExportJobRules {
  /** Jobs kept per owner: one more replaces the owner's oldest finished job, or is refused. */
  maxPerOwner: number;
  /** Jobs that finished before this are forgotten (everyone's), with their ZIP. */
  finishedBefore: string;
  /** Running jobs not updated since this have lost their instance: recorded as failed at their last update. */
  staleBefore: string;
}

/**
 * Where the all-plans export jobs live (docs/API.md, "Exports"): state, progress and the
 * finished ZIP, shared by every instance on the storage. The instance that started a job renders
 * it and writes its progress; any instance answers its status and serves its file.
 */
export interface ExportJobStore {
  /**
   * Records a new running job in one transaction: fails stale jobs and forgets expired ones
   * (ExportJobRules), then, when the owner has `maxPerOwner` jobs, forgets their oldest finished
   * one, or writes nothing and answers `too_many` when none of them has finished.
   */
  create(job: NewExportJob, rules: ExportJobRules): Promise<{ outcome: 'created' } | { outcome: 'too_many' }>;
  /** The job when `ownerId` owns it and it has not finished before `finishedBefore`; null otherwise. */
  find(id: string, ownerId: string, finishedBefore: string): Promise<ExportJobRecord | null>;
  /** Records a running job's progress (never a job already ended, by staleness say). */
  progress(id: string, progress: { done: number; total: number }, at: string): Promise<void>;
  /** Ends a running job: done with its ZIP, or failed. */
  finish(id: string, result: { status: 'done'; zip: Buffer } | { status: 'failed' }, at: string): Promise<void>;
  /** The ZIP of a done job owned by `ownerId` that has not finished before `finishedBefore`, or null. */
  file(id: string, ownerId: string, finishedBefore: string): Promise<Buffer | null>;
}
