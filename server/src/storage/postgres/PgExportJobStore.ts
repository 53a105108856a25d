import type pg from 'pg';
import { EXPORT_JOB_COLUMNS, type ExportJobRecord, type ExportJobRules, type ExportJobStore, type NewExportJob } from '../../export/ExportJobStore.js';
import { inTransaction, lockNames, rollingBack } from './inTransaction.js';

/**
 * The all-plans export jobs over PostgreSQL, shared by every instance: the one that renders a
 * job writes its progress and ZIP here, any other answers its status and serves the file.
 */
export class PgExportJobStore implements ExportJobStore {
  constructor(private readonly pool: pg.Pool) {}

  create(job: NewExportJob, rules: ExportJobRules): Promise<{ outcome: 'created' } | { outcome: 'too_many' }> {
    return inTransaction(this.pool, async (client) => {
      // Two starts by one owner at once (on two instances, say) count their jobs one after the other.
      await lockNames(client, [`export_jobs:${job.ownerId}`]);
      await client.query(`UPDATE export_jobs SET status = 'failed', finished_at = updated_at WHERE status = 'running' AND updated_at < $1`, [
        rules.staleBefore,
      ]);
      await client.query('DELETE FROM export_jobs WHERE finished_at < $1', [rules.finishedBefore]);
      const own = (await client.query<{ count: string }>('SELECT count(*) AS count FROM export_jobs WHERE owner_id = $1', [job.ownerId])).rows[0]!;
      if (Number(own.count) >= rules.maxPerOwner) {
        const oldest = (
          await client.query<{ id: string }>(
            'SELECT id FROM export_jobs WHERE owner_id = $1 AND finished_at IS NOT NULL ORDER BY insert_order LIMIT 1',
            [job.ownerId],
          )
        ).rows[0];
        if (!oldest) return rollingBack({ outcome: 'too_many' as const });
        await client.query('DELETE FROM export_jobs WHERE id = $1', [oldest.id]);
      }
      await client.query(
        `INSERT INTO export_jobs (id, owner_id, language, status, done, total, created_at, updated_at) VALUES ($1, $2, $3, 'running', 0, $4, $5, $5)`,
        [job.id, job.ownerId, job.language, job.total, job.createdAt],
      );
      return { outcome: 'created' as const };
    });
  }

  async find(id: string, ownerId: string, finishedBefore: string): Promise<ExportJobRecord | null> {
    const result = await this.pool.query<ExportJobRecord>(
      `SELECT ${EXPORT_JOB_COLUMNS} FROM export_jobs WHERE id = $1 AND owner_id = $2 AND (finished_at IS NULL OR finished_at >= $3)`,
      [id, ownerId, finishedBefore],
    );
    return result.rows[0] ?? null;
  }

  async progress(id: string, progress: { done: number; total: number }, at: string): Promise<void> {
    await this.pool.query(`UPDATE export_jobs SET done = $1, total = $2, updated_at = $3 WHERE id = $4 AND status = 'running'`, [
      progress.done,
      progress.total,
      at,
      id,
    ]);
  }

  async finish(id: string, result: { status: 'done'; zip: Buffer } | { status: 'failed' }, at: string): Promise<void> {
    await this.pool.query(`UPDATE export_jobs SET status = $1, zip = $2, updated_at = $3, finished_at = $3 WHERE id = $4 AND status = 'running'`, [
      result.status,
      result.status === 'done' ? result.zip : null,
      at,
      id,
    ]);
  }

  async file(id: string, ownerId: string, finishedBefore: string): Promise<Buffer | null> {
    const result = await this.pool.query<{ zip: Buffer }>(
      `SELECT zip FROM export_jobs WHERE id = $1 AND owner_id = $2 AND status = 'done' AND finished_at >= $3 AND zip IS NOT NULL`,
      [id, ownerId, finishedBefore],
    );
    return result.rows[0]?.zip ?? null;
  }
}
