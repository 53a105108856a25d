import type { AuditAction, AuditEntry } from '@iap/shared';

/** One entry to write, as data: repositories take these and write them inside their own unit of work. */
export interface AuditRecord {
  /** Null for the system (seed, CLI). */
  actorId: string | null;
  citySlug: string | null;
  action: AuditAction;
  subject: AuditEntry['subject'];
  /** A JSON object; stored as its JSON text (`{}` when absent). */
  details?: Record<string, unknown>;
}

/**
 * The append-only audit log (table `audit_log`). A change stored by a repository passes its
 * entries to that repository's method as data (`audit: AuditRecord[]`, or a pure function of
 * the previous state), which writes them in the same transaction as the change. `append` is for
 * a change that no repository stores. Rows are mapped by audit/auditRow.ts in both engines.
 */
export interface AuditLog {
  /** Writes one entry in its own transaction, stamped with the store's clock (`at`). */
  append(entry: AuditRecord): Promise<void>;
  /**
   * Entries of a city, newest first (`id` descending: ids increase with every append, in
   * commit order of one writer), at most `limit`, only those with `id < before` when `before`
   * is given. The actor's name comes from `users`; an actor whose account row is gone keeps
   * their id with the name ''.
   */
  listCity(citySlug: string, before: number | undefined, limit: number): Promise<AuditEntry[]>;
}
