import type { AuditAction, AuditEntry } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import { isoAt, type Clock } from '../clock.js';
import type { AuditLog, AuditRecord } from './AuditLog.js';

interface AuditRow {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  subjectType: AuditEntry['subject']['type'];
  subjectId: string;
  details: string;
}

/**
 * The audit log over the `audit_log` table. `record` is a plain synchronous insert, so it runs
 * inside whatever better-sqlite3 transaction is open: the caller's, or a repository's unit of work.
 */
export class SqliteAuditLog implements AuditLog {
  private readonly insertRow;
  private readonly page;

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.insertRow = db.prepare(
      `INSERT INTO audit_log (at, actor_user_id, city_slug, action, subject_type, subject_id, details)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.page = db.prepare<[string, number, number], AuditRow>(
      `SELECT a.id, a.at, a.actor_user_id AS actorId, u.name AS actorName, a.action,
              a.subject_type AS subjectType, a.subject_id AS subjectId, a.details
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
       WHERE a.city_slug = ? AND a.id < ?
       ORDER BY a.id DESC LIMIT ?`,
    );
  }

  record(entry: AuditRecord): void {
    this.insertRow.run(
      isoAt(this.clock()),
      entry.actorId,
      entry.citySlug,
      entry.action,
      entry.subject.type,
      entry.subject.id,
      JSON.stringify(entry.details ?? {}),
    );
  }

  async listCity(citySlug: string, before: number | undefined, limit: number): Promise<AuditEntry[]> {
    return this.page.all(citySlug, before ?? Number.MAX_SAFE_INTEGER, limit).map((row) => ({
      id: row.id,
      at: row.at,
      // An actor whose account is gone keeps their id; the name is then unknown.
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '' } : null,
      action: row.action,
      subject: { type: row.subjectType, id: row.subjectId },
      details: JSON.parse(row.details) as Record<string, unknown>,
    }));
  }
}
