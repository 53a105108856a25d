import type { AuditAction, AuditEntry } from '@iap/shared';
import type { AuditRecord } from './AuditLog.js';

/**
 * The one mapping between an AuditRecord and the `audit_log` table, for both engines: what a
 * repository inserts (in its own transaction) and how a read row becomes an AuditEntry.
 */

/** The inserted columns, in the order of `auditRowValues`. `id` is generated (increasing). */
export const AUDIT_INSERT_COLUMNS = ['at', 'actor_user_id', 'city_slug', 'action', 'subject_type', 'subject_id', 'details'] as const;

/** The values of one inserted row, in the order of AUDIT_INSERT_COLUMNS; `at` is an ISO-8601 UTC string. */
export function auditRowValues(entry: AuditRecord, at: string): [string, string | null, string | null, AuditAction, string, string, string] {
  return [at, entry.actorId, entry.citySlug, entry.action, entry.subject.type, entry.subject.id, JSON.stringify(entry.details ?? {})];
}

/**
 * A row as `listCity` selects it: `SELECT a.id, a.at, a.actor_user_id AS "actorId", u.name AS
 * "actorName", a.action, a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.details
 * FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id`. `id` may arrive as a string
 * (a PostgreSQL BIGINT); it is a safe integer either way.
 */
export interface AuditEntryRow {
  id: number | string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  subjectType: AuditEntry['subject']['type'];
  subjectId: string;
  details: string;
}

export function auditEntryOf(row: AuditEntryRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    // An actor whose account is gone keeps their id; the name is then unknown.
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '' } : null,
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}
