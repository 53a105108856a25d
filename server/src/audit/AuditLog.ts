import type { AuditAction, AuditEntry } from '@iap/shared';

export interface AuditRecord {
  /** Null for the system (seed, CLI). */
  actorId: string | null;
  citySlug: string | null;
  action: AuditAction;
  subject: AuditEntry['subject'];
  details?: Record<string, unknown>;
}

/**
 * The append-only audit log. `record` joins the unit of work it is called in: call it inside
 * the same transaction as the change it describes (a repository's `alongside` step, or the
 * caller's transaction), so a change never lands without its entry. Reading is asynchronous,
 * the shape a PostgreSQL implementation needs.
 */
export interface AuditLog {
  record(entry: AuditRecord): void;
  /** Entries of a city, newest first, older than `before` (an id) when given. */
  listCity(citySlug: string, before: number | undefined, limit: number): Promise<AuditEntry[]>;
}
