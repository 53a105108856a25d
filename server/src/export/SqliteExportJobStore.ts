import type { Db } from '../db/openDatabase.js';
import { EXPORT_JOB_COLUMNS, type ExportJobRecord, type ExportJobRules, type ExportJobStore, type NewExportJob } from './ExportJobStore.js';

/** ExportJobStore over better-sqlite3; every promise is settled when returned. */
export class SqliteExportJobStore implements ExportJobStore {
  private readonly createTransaction;
  private readonly selectJob;
  private readonly updateProgress;
  private readonly updateFinish;
  private readonly selectFile;

  constructor(db: Db) {
    const failStale = db.prepare<[string]>(
      `UPDATE export_jobs SET status = 'failed', finished_at = updated_at WHERE status = 'running' AND updated_at < ?`,
    );
    const forgetExpired = db.prepare<[string]>('DELETE FROM export_jobs WHERE finished_at < ?');
    const countOwn = db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM export_jobs WHERE owner_id = ?');
    const oldestFinished = db.prepare<[string], { id: string }>(
      'SELECT id FROM export_jobs WHERE owner_id = ? AND finished_at IS NOT NULL ORDER BY insert_order LIMIT 1',
    );
    const forget = db.prepare<[string]>('DELETE FROM export_jobs WHERE id = ?');
    const insert = db.prepare<[string, string, string, number, string, string]>(
      `INSERT INTO export_jobs (id, owner_id, language, status, done, total, created_at, updated_at) VALUES (?, ?, ?, 'running', 0, ?, ?, ?)`,
    );
    this.createTransaction = db.transaction((job: NewExportJob, rules: ExportJobRules): { outcome: 'created' } | { outcome: 'too_many' } => {
      failStale.run(rules.staleBefore);
      forgetExpired.run(rules.finishedBefore);
      if (countOwn.get(job.ownerId)!.count >= rules.maxPerOwner) {
        const oldest = oldestFinished.get(job.ownerId);
        if (!oldest) return { outcome: 'too_many' };
        forget.run(oldest.id);
      }
      insert.run(job.id, job.ownerId, job.language, job.total, job.createdAt, job.createdAt);
      return { outcome: 'created' };
    });
    this.selectJob = db.prepare<[string, string, string], ExportJobRecord>(
      `SELECT ${EXPORT_JOB_COLUMNS} FROM export_jobs WHERE id = ? AND owner_id = ? AND (finished_at IS NULL OR finished_at >= ?)`,
    );
    this.updateProgress = db.prepare<[number, number, string, string]>(
      `UPDATE export_jobs SET done = ?, total = ?, updated_at = ? WHERE id = ? AND status = 'running'`,
    );
    this.updateFinish = db.prepare<[string, Buffer | null, string, string, string]>(
      `UPDATE export_jobs SET status = ?, zip = ?, updated_at = ?, finished_at = ? WHERE id = ? AND status = 'running'`,
    );
    this.selectFile = db.prepare<[string, string, string], { zip: Buffer }>(
      `SELECT zip FROM export_jobs WHERE id = ? AND owner_id = ? AND status = 'done' AND finished_at >= ? AND zip IS NOT NULL`,
    );
  }

  async create(job: NewExportJob, rules: ExportJobRules): Promise<{ outcome: 'created' } | { outcome: 'too_many' }> {
    return this.createTransaction.immediate(job, rules);
  }

  async find(id: string, ownerId: string, finishedBefore: string): Promise<ExportJobRecord | null> {
    return this.selectJob.get(id, ownerId, finishedBefore) ?? null;
  }

  async progress(id: string, progress: { done: number; total: number }, at: string): Promise<void> {
    this.updateProgress.run(progress.done, progress.total, at, id);
  }

  async finish(id: string, result: { status: 'done'; zip: Buffer } | { status: 'failed' }, at: string): Promise<void> {
    this.updateFinish.run(result.status, result.status === 'done' ? result.zip : null, at, at, id);
  }

  async file(id: string, ownerId: string, finishedBefore: string): Promise<Buffer | null> {
    return this.selectFile.get(id, ownerId, finishedBefore)?.zip ?? null;
  }
}
