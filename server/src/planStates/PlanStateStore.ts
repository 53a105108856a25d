import type { PlanState, PlanStateChange } from '@iap/shared';

/** Where plan states live: the current state of each plan and every move, in one unit of work. */
export interface PlanStateStore {
  /** The current state, or null for a plan never moved (a draft). */
  current(documentName: string): Promise<{ state: PlanState; changedAt: string; changedBy: { id: string; name: string } | null } | null>;
  /** Oldest first. */
  history(documentName: string): Promise<PlanStateChange[]>;
  /**
   * Moves the plan from `from` to `to` in one transaction, unless its state is no longer
   * `from` (a concurrent move won): then resolves false and changes nothing. `alongside` runs
   * inside the same unit of work (the audit entry), so a move never lands without it.
   */
  move(move: PlanStateMove, alongside?: () => void): Promise<boolean>;
}

export interface PlanStateMove {
  documentName: string;
  from: PlanState;
  to: PlanState;
  note: string | null;
  at: string;
  byUserId: string;
  versionId: string | null;
}
