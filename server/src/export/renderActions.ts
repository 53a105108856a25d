import { actionsExportSchema, FUNDING_STATUSES, type ActionsExport } from '@iap/shared';
import { toCsv } from '../stakeholders/csv.js';
import { actionExportRows } from './actionRows.js';
import type { ExportPlan } from './planContent.js';

const CSV_HEADER = [
  'id',
  'title',
  'objective',
  'lead_organisation',
  'start',
  'end',
  'estimated_cost_eur',
  ...FUNDING_STATUSES.map((status) => `funding_${status}_eur`),
  'status',
] as const;

/** The action table as CSV: text cells quoted and guarded against formulas by the register's encoder. */
export function renderActionsCsv(plan: ExportPlan): string {
  const rows = actionExportRows(plan.actions, plan.objectives).map((row) => [
    row.id,
    row.title,
    row.objectiveTitle,
    row.leadOrganisation,
    row.start,
    row.end,
    row.estimatedCost,
    ...FUNDING_STATUSES.map((status) => row.funding[status]),
    row.status,
  ]);
  return toCsv(CSV_HEADER, rows);
}

/** The action table as JSON, in the shape of the shared `actionsExportSchema`. */
export function renderActionsJson(plan: ExportPlan, generatedAt: string): string {
  const body: ActionsExport = actionsExportSchema.parse({
    city: { slug: plan.city.slug, name: plan.city.name },
    generatedAt,
    actions: actionExportRows(plan.actions, plan.objectives),
  });
  return `${JSON.stringify(body, null, 2)}\n`;
}
