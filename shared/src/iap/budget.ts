import { FUNDING_STATUSES, type Action, type FundingStatus } from './actions.js';

export type AmountsByStatus = Record<FundingStatus, number>;

export interface BudgetSummary {
  /** Sum of the actions' estimated costs (EUR); actions without a cost count as 0. */
  estimatedTotal: number;
  byStatus: AmountsByStatus;
  /** One row per funding source name (case and spacing ignored), largest first. */
  bySource: { source: string; amounts: AmountsByStatus; total: number }[];
  /**
   * What is neither secured nor likely: estimated total minus secured and likely funding,
   * never below 0. Amounts still "to find" are part of the gap, not a cover for it.
   */
  fundingGap: number;
  /** Actions with no estimated cost yet: the totals leave them out. */
  actionsWithoutCost: number;
}

function zeroAmounts(): AmountsByStatus {
  return Object.fromEntries(FUNDING_STATUSES.map((status) => [status, 0])) as AmountsByStatus;
}

/** Budget totals of a plan's actions by funding source and status. Negative amounts are ignored (the logic check flags them). */
export function summariseBudget(actions: readonly Action[]): BudgetSummary {
  const byStatus = zeroAmounts();
  const sources = new Map<string, { source: string; amounts: AmountsByStatus; total: number }>();
  let estimatedTotal = 0;
  let actionsWithoutCost = 0;
  for (const action of actions) {
    if (action.estimatedCost === null) actionsWithoutCost += 1;
    else if (action.estimatedCost > 0) estimatedTotal += action.estimatedCost;
    for (const funding of action.fundingSources) {
      if (funding.amount <= 0) continue;
      const key = funding.source.trim().replace(/\s+/g, ' ').toLowerCase();
      let row = sources.get(key);
      if (!row) {
        row = { source: funding.source.trim(), amounts: zeroAmounts(), total: 0 };
        sources.set(key, row);
      }
      row.amounts[funding.status] += funding.amount;
      row.total += funding.amount;
      byStatus[funding.status] += funding.amount;
    }
  }
  return {
    estimatedTotal,
    byStatus,
    bySource: [...sources.values()].sort((a, b) => b.total - a.total),
    fundingGap: Math.max(0, estimatedTotal - byStatus.secured - byStatus.likely),
    actionsWithoutCost,
  };
}
