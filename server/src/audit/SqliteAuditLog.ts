import type { AuditEntry } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import { isoAt, type Clock } from '../clock.js';
import type { AuditLog, AuditRecord } from './AuditLog.js';
import { AUDIT_INSERT_COLUMNS, auditEntryOf, auditRowValues, type AuditEntryRow } from './auditRow.js';

/**
 * Inserts audit rows inside whatever better-sqlite3 transaction is open: the SQLite repositories
 * use it within their units of work, so a change never lands without its entries.
 */
export class SqliteAuditWriter {
  private readonly insertRow;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      `INSERT INTO audit_log (${AUDIT_INSERT_COLUMNS.join(', ')}) VALUES (${AUDIT_INSERT_COLUMNS.map(() => '?').join(', ')})`,
    );
  }

  /** Writes the entries, in order, stamped `at`. */
  write(entries: readonly AuditRecord[], at: string): void {
    for (const entry of entries) this.insertRow.run(...auditRowValues(entry, at));
  }
}

/** The audit log over the `audit_log` table; every promise is settled when returned. */
export class SqliteAuditLog implements AuditLog {
  private readonly writer;
  private readonly page;

  constructor(
    db: Db,
    private readonly clock: Clock,
  ) {
    this.writer = new SqliteAuditWriter(db);
    this.page = db.prepare<[string, number, number], AuditEntryRow>(
      `SELECT a.id, a.at, a.actor_user_id AS actorId, u.name AS actorName, a.action,
              a.subject_type AS subjectType, a.subject_id AS subjectId, a.details
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
       WHERE a.city_slug = ? AND a.id < ?
       ORDER BY a.id DESC LIMIT ?`,
    );
  }

  async append(entry: AuditRecord): Promise<void> {
    // One statement: its own transaction.
    this.writer.write([entry], isoAt(this.clock()));
  }

  async listCity(citySlug: string, before: number | undefined, limit: number): Promise<AuditEntry[]> {
    return this.page.all(citySlug, before ?? Number.MAX_SAFE_INTEGER, limit).map(auditEntryOf);
  }
}
