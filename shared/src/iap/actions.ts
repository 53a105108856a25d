import * as z from 'zod/mini';
import { IAP_LIMITS } from './limits.js';
import { iapItemIdSchema, indicatorSchema } from './indicators.js';

export const FUNDING_STATUSES = ['secured', 'likely', 'to_find'] as const;
export const fundingStatusSchema = z.enum(FUNDING_STATUSES);
export type FundingStatus = z.infer<typeof fundingStatusSchema>;

export const ACTION_STATUSES = ['proposed', 'agreed', 'in_progress', 'completed', 'dropped'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

const amountSchema = z.number().check(z.gte(0, 'must not be negative'), z.lte(IAP_LIMITS.maxAmount));

export const fundingSourceSchema = z.object({
  source: z.string().check(z.trim(), z.minLength(1), z.maxLength(IAP_LIMITS.shortTextLength)),
  amount: amountSchema,
  status: fundingStatusSchema,
});
export type FundingSource = z.infer<typeof fundingSourceSchema>;

/** A risk may be written before its mitigation is agreed; the logic check flags the gap. */
export const actionRiskSchema = z.object({
  risk: z.string().check(z.trim(), z.minLength(1), z.maxLength(IAP_LIMITS.mediumTextLength)),
  mitigation: z.string().check(z.trim(), z.maxLength(IAP_LIMITS.mediumTextLength)),
});
export type ActionRisk = z.infer<typeof actionRiskSchema>;

/** A calendar day, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/**
 * One action row (DOMAIN.md section 5), as the action card validates it before writing.
 * Stored as one Y.Map in the `actions` Y.Array, one key per field: two people editing
 * different fields of the same action both keep their change. Array fields are plain
 * JSON values, replaced whole (last writer wins).
 */
export const actionSchema = z.object({
  id: iapItemIdSchema,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(IAP_LIMITS.titleLength)),
  /** The objective it serves; null until someone links it (the logic check flags that). */
  objectiveId: z.nullable(iapItemIdSchema),
  description: z.string().check(z.trim(), z.maxLength(IAP_LIMITS.longTextLength)),
  leadOrganisation: z.string().check(z.trim(), z.maxLength(IAP_LIMITS.shortTextLength)),
  /** Stakeholder ids from the city's register. */
  partners: z.array(z.string().check(z.minLength(1), z.maxLength(IAP_LIMITS.idLength))).check(z.maxLength(IAP_LIMITS.partners)),
  start: z.nullable(isoDateSchema),
  end: z.nullable(isoDateSchema),
  /** EUR. */
  estimatedCost: z.nullable(amountSchema),
  fundingSources: z.array(fundingSourceSchema).check(z.maxLength(IAP_LIMITS.fundingSources)),
  outputs: z.string().check(z.trim(), z.maxLength(IAP_LIMITS.mediumTextLength)),
  resultIndicators: z.array(indicatorSchema).check(z.maxLength(IAP_LIMITS.indicators)),
  risks: z.array(actionRiskSchema).check(z.maxLength(IAP_LIMITS.risks)),
  status: actionStatusSchema,
}).check(
  z.superRefine((action, context) => {
    // ISO dates compare correctly as strings.
    if (action.start && action.end && action.end < action.start) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'must not be before the start' });
    }
  }),
);
export type Action = z.infer<typeof actionSchema>;

/** The Y.Map keys of an action. */
export const ACTION_FIELDS = [
  'id',
  'title',
  'objectiveId',
  'description',
  'leadOrganisation',
  'partners',
  'start',
  'end',
  'estimatedCost',
  'fundingSources',
  'outputs',
  'resultIndicators',
  'risks',
  'status',
] as const satisfies readonly (keyof Action)[];

/** The reference of the action at `index` (0-based) as the plan shows it: A1, A2…; `actions.length` names the next one. */
export const actionReference = (index: number): string => `A${index + 1}`;

/** A new, empty action with the given id and title. */
export function newAction(id: string, title: string): Action {
  return {
    id,
    title,
    objectiveId: null,
    description: '',
    leadOrganisation: '',
    partners: [],
    start: null,
    end: null,
    estimatedCost: null,
    fundingSources: [],
    outputs: '',
    resultIndicators: [],
    risks: [],
    status: 'proposed',
  };
}
