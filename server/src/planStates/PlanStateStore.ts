import type { PlanState, PlanStateChange } from '@iap/shared';
import type { AuditRecord } from '../audit/AuditLog.js';

export type PlanStateMoveOutcome =
  | { outcome: 'moved' }
  /** The stored state is no longer `from` (a concurrent move won): nothing written. */
  | { outcome: 'stale'; current: PlanState };

/**
 * Where plan states live (tables `plan_states`: the current state of each plan, one row per
 * plan once it moved; `plan_state_changes`: every move, `id` increasing). A plan without a row
 * is a draft. Changed-by names are read from `users`; when the account row is gone the person is null.
 */
export interface PlanStateStore {
  /** The current state, or null for a plan never moved (a draft). */
  current(documentName: string): Promise<{ state: PlanState; changedAt: string; changedBy: { id: string; name: string } | null } | null>;
  /** Every move of the plan, oldest first (`id` ascending). */
  history(documentName: string): Promise<PlanStateChange[]>;
  /**
   * In ONE transaction: reads the plan's state (draft when it has no row; PostgreSQL locks the
   * row, `SELECT … FOR UPDATE`, or takes an advisory lock on the name when there is none yet,
   * so two moves from the same state cannot both pass); when it is not `move.from`, resolves
   * `stale` with nothing written. Otherwise upserts `plan_states` (state `to`, `changed_at =
   * at`, `changed_by`), appends the change to `plan_state_changes`, and inserts the audit
   * entries stamped `move.at`.
   */
  move(move: PlanStateMove, audit: readonly AuditRecord[]): Promise<PlanStateMoveOutcome>;
}

export interface PlanStateMove {
  documentName: string;
  from: PlanState;
  to: PlanState;
  note: string | null;
  /** ISO-8601 UTC. */
  at: string;
  byUserId: string;
  versionId: string | null;
}
