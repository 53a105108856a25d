import { FUNDING_STATUSES } from '@iap/shared';
import { actionExportRows } from './actionRows.js';
import type { ExportLabels } from './labels.js';
import type { ExportPlan } from './planContent.js';

/** A table as every format draws it: a header row and rows of plain text cells. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

/** The landscape annex: one row per action with its funding by status. */
export function actionAnnexTable(plan: ExportPlan, labels: ExportLabels): TextTable {
  const { column, fundingStatuses, actionStatuses, format } = labels;
  return {
    header: [
      column.number,
      column.title,
      column.objective,
      column.lead,
      column.start,
      column.end,
      column.cost,
      ...FUNDING_STATUSES.map((status) => fundingStatuses[status]),
      column.status,
    ],
    rows: actionExportRows(plan.actions, plan.objectives).map((row, index) => [
      `A${index + 1}`,
      row.title || labels.untitled,
      row.objectiveTitle ?? '',
      row.leadOrganisation,
      row.start ? format.date(row.start) : '',
      row.end ? format.date(row.end) : '',
      format.euro(row.estimatedCost),
      ...FUNDING_STATUSES.map((status) => format.euro(row.funding[status])),
      actionStatuses[row.status],
    ]),
  };
}

/** The timeline as a table: actions in order of their start (undated ones last). */
export function timelineTable(plan: ExportPlan, labels: ExportLabels): TextTable {
  const numbered = plan.actions.map((action, index) => ({ action, number: `A${index + 1}` }));
  numbered.sort((a, b) => (a.action.start ?? '\uffff').localeCompare(b.action.start ?? '\uffff'));
  return {
    header: [labels.column.number, labels.column.title, labels.column.start, labels.column.end],
    rows: numbered.map(({ action, number }) => [
      number,
      action.title || labels.untitled,
      action.start ? labels.format.date(action.start) : labels.notSet,
      action.end ? labels.format.date(action.end) : labels.notSet,
    ]),
  };
}

/** Funding by source and status, then the totals and the funding gap as the last rows. */
export function budgetTable(plan: ExportPlan, labels: ExportLabels): TextTable {
  const { budget } = plan;
  const { euro } = labels.format;
  return {
    header: [labels.column.fundingSource, ...FUNDING_STATUSES.map((status) => labels.fundingStatuses[status]), labels.column.total],
    rows: [
      ...budget.bySource.map((row) => [
        row.source,
        ...FUNDING_STATUSES.map((status) => euro(row.amounts[status])),
        euro(row.total),
      ]),
      [
        labels.column.total,
        ...FUNDING_STATUSES.map((status) => euro(budget.byStatus[status])),
        euro(FUNDING_STATUSES.reduce((sum, status) => sum + budget.byStatus[status], 0)),
      ],
    ],
  };
}

/** The lines under the budget table: estimated total, funding gap, actions left out. */
export function budgetTotals(plan: ExportPlan, labels: ExportLabels): string[] {
  const lines = [
    `${labels.estimatedTotal}: ${labels.format.euro(plan.budget.estimatedTotal)}`,
    `${labels.fundingGap}: ${labels.format.euro(plan.budget.fundingGap)}`,
  ];
  if (plan.budget.actionsWithoutCost > 0) lines.push(labels.actionsWithoutCost(plan.budget.actionsWithoutCost));
  return lines;
}

export function indicatorsTable(rows: ExportPlan['indicators'], labels: ExportLabels): TextTable {
  const { column } = labels;
  const orNotSet = (value: string): string => value || labels.notSet;
  return {
    header: [column.owner, column.indicator, column.baseline, column.target, column.source, column.frequency],
    rows: rows.map(({ owner, indicator }) => [
      owner,
      indicator.name || labels.untitled,
      orNotSet(indicator.baseline),
      orNotSet(indicator.target),
      orNotSet(indicator.source),
      indicator.frequency ? (labels.frequencies[indicator.frequency] ?? indicator.frequency) : labels.notSet,
    ]),
  };
}

export function stakeholdersTable(plan: ExportPlan, labels: ExportLabels): TextTable {
  return {
    header: [labels.column.name, labels.column.organisation, labels.column.sector],
    rows: plan.stakeholders.map((person) => [person.name, person.organisation ?? '', labels.sectors[person.sector]]),
  };
}

/** The title page's facts, label then value. */
export function titleFacts(plan: ExportPlan, labels: ExportLabels): [string, string][] {
  return [
    [labels.network, plan.networkName],
    [labels.planState, labels.states[plan.state] ?? plan.state],
    [labels.version, plan.versionLabel],
    [labels.date, labels.format.date(plan.date)],
  ];
}
