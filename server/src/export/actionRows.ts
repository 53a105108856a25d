import { FUNDING_STATUSES, type Action, type ActionExportRow, type AmountsByStatus, type Objective } from '@iap/shared';

/** The action table as exported (CSV, JSON, the annex): one row per action, funding summed by status. */
export function actionExportRows(actions: readonly Action[], objectives: readonly Objective[]): ActionExportRow[] {
  const objectiveTitles = new Map(objectives.map((objective) => [objective.id, objective.title]));
  return actions.map((action) => ({
    id: action.id,
    title: action.title,
    objectiveId: action.objectiveId,
    objectiveTitle: action.objectiveId ? (objectiveTitles.get(action.objectiveId) ?? null) : null,
    leadOrganisation: action.leadOrganisation,
    start: action.start,
    end: action.end,
    estimatedCost: action.estimatedCost,
    funding: fundingByStatus(action),
    fundingSources: action.fundingSources,
    status: action.status,
  }));
}

function fundingByStatus(action: Action): AmountsByStatus {
  const amounts = Object.fromEntries(FUNDING_STATUSES.map((status) => [status, 0])) as AmountsByStatus;
  for (const funding of action.fundingSources) amounts[funding.status] += funding.amount;
  return amounts;
}
