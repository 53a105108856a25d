import type { AuditEntry } from '@iap/shared';
import type pg from 'pg';
import type { AuditLog, AuditRecord } from '../../audit/AuditLog.js';
import { AUDIT_INSERT_COLUMNS, auditEntryOf, auditRowValues, type AuditEntryRow } from '../../audit/auditRow.js';
import { isoAt, type Clock } from '../../clock.js';

/**
 * Inserts audit rows on `client`, inside whatever transaction it has open: the PostgreSQL
 * repositories call it within their units of work, so a change never lands without its entries.
 * One statement for all of them, in order (ids increase in the order given).
 */
export async function writeAudit(client: pg.PoolClient | pg.Pool, entries: readonly AuditRecord[], at: string): Promise<void> {
  if (entries.length === 0) return;
  const width = AUDIT_INSERT_COLUMNS.length;
  const rows = entries.map((_entry, row) => `(${AUDIT_INSERT_COLUMNS.map((_column, column) => `$${row * width + column + 1}`).join(', ')})`);
  await client.query(
    `INSERT INTO audit_log (${AUDIT_INSERT_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`,
    entries.flatMap((entry) => auditRowValues(entry, at)),
  );
}

/** The audit log over PostgreSQL's `audit_log` table. */
export class PgAuditLog implements AuditLog {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  async append(entry: AuditRecord): Promise<void> {
    // One statement: its own transaction.
    await writeAudit(this.pool, [entry], isoAt(this.clock()));
  }

  async listCity(citySlug: string, before: number | undefined, limit: number): Promise<AuditEntry[]> {
    const rows = await this.pool.query<AuditEntryRow>(
      `SELECT a.id, a.at, a.actor_user_id AS "actorId", u.name AS "actorName", a.action,
              a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.details
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
       WHERE a.city_slug = $1 AND a.id < $2
       ORDER BY a.id DESC LIMIT $3`,
      [citySlug, before ?? Number.MAX_SAFE_INTEGER, limit],
    );
    return rows.rows.map(auditEntryOf);
  }
}
