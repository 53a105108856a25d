import * as z from 'zod/mini';
import { ACTION_STATUSES, FUNDING_STATUSES } from './iap/actions.js';
import { downloadLanguageSchema } from './network.js';
import { PLAN_STATES, planStateSchema } from './planStates.js';

/** What `GET /api/documents/:name/export?format=` produces: the plan, or its action table. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'csv', 'json'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Formats of the whole plan, the ones the all-plans ZIP holds. */
export const PLAN_EXPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
export const planExportFormatSchema = z.enum(PLAN_EXPORT_FORMATS);
export type PlanExportFormat = z.infer<typeof planExportFormatSchema>;

export const exportQuerySchema = z.extend(downloadLanguageSchema, { format: exportFormatSchema });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** `POST /api/exports`: every city plan in one ZIP, optionally only plans in some states. */
export const exportJobRequestSchema = z.strictObject({
  format: planExportFormatSchema,
  /** Only plans in one of these states; every plan when left out. */
  states: z.optional(z.array(planStateSchema).check(z.minLength(1), z.maxLength(PLAN_STATES.length))),
  /** The language of the files' fixed texts; the requester's own (or each city's) when left out. */
  lang: downloadLanguageSchema.shape.lang,
});
export type ExportJobRequest = z.infer<typeof exportJobRequestSchema>;

export const exportJobCreatedSchema = z.object({ id: z.string() });
export type ExportJobCreated = z.infer<typeof exportJobCreatedSchema>;

/** `GET /api/exports/:id`: `running` also while queued; `done` and `total` count plans. */
export const exportJobStatusSchema = z.object({
  status: z.enum(['running', 'done', 'failed']),
  done: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
});
export type ExportJobStatus = z.infer<typeof exportJobStatusSchema>;

const amountsByStatusSchema = z.object(
  Object.fromEntries(FUNDING_STATUSES.map((status) => [status, z.number()])) as Record<
    (typeof FUNDING_STATUSES)[number],
    z.ZodMiniNumber
  >,
);

/**
 * One row of the exported action table. Values are as the plan holds them (a cost may be
 * negative if a client wrote around the action card; the logic check flags it), so numbers
 * are not range-checked here.
 */
export const actionExportRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  objectiveId: z.nullable(z.string()),
  objectiveTitle: z.nullable(z.string()),
  leadOrganisation: z.string(),
  start: z.nullable(z.string()),
  end: z.nullable(z.string()),
  estimatedCost: z.nullable(z.number()),
  /** EUR per funding status, summed over the action's funding sources. */
  funding: amountsByStatusSchema,
  fundingSources: z.array(z.object({ source: z.string(), amount: z.number(), status: z.enum(FUNDING_STATUSES) })),
  status: z.enum(ACTION_STATUSES),
});
export type ActionExportRow = z.infer<typeof actionExportRowSchema>;

/** The JSON export of a plan's action table. */
export const actionsExportSchema = z.object({
  city: z.object({ slug: z.string(), name: z.string() }),
  generatedAt: z.string(),
  actions: z.array(actionExportRowSchema),
});
export type ActionsExport = z.infer<typeof actionsExportSchema>;
