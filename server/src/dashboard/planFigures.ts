import type * as Y from 'yjs';
import { checkPlanLogic, summariseBudget, type DashboardCity, type IapPlanSnapshot } from '@iap/shared';
import { planSnapshotOf } from '../iap/planSnapshot.js';

/** The figures of one plan that come from its document (the rest come from the register and the workflow). */
export type PlanFigures = Pick<
  DashboardCity,
  'completeness' | 'sections' | 'flags' | 'actions' | 'totalCost' | 'secured' | 'likely' | 'toFind' | 'fundingGap'
>;

/**
 * The version of the way figures are computed, stored with the dashboard's read model: raise
 * it whenever a change here (or in the logic check or the budget summary it uses) could count a
 * plan differently, and every remembered row is computed again.
 */
export const PLAN_FIGURES_MODEL = 1;

/**
 * Reads the figures through the same lenient snapshot and logic check the plan's outline uses,
 * so a card shows the completeness people see in the plan, and a value the action card would
 * refuse (a negative cost) becomes a flag instead of an error.
 */
export function planFiguresOf(doc: Y.Doc): PlanFigures {
  return figuresOfSnapshot(planSnapshotOf(doc));
}

export function figuresOfSnapshot(snapshot: IapPlanSnapshot): PlanFigures {
  const check = checkPlanLogic(snapshot);
  const budget = summariseBudget(snapshot.actions);
  return {
    completeness: check.completeness,
    sections: check.sections.map(({ sectionId, completeness }) => ({ sectionId, completeness })),
    flags: check.flags.length,
    actions: snapshot.actions.length,
    totalCost: budget.estimatedTotal,
    secured: budget.byStatus.secured,
    likely: budget.byStatus.likely,
    toFind: budget.byStatus.to_find,
    fundingGap: budget.fundingGap,
  };
}
