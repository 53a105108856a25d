import * as z from 'zod/mini';
import { ACTION_STATUSES } from './iap/actions.js';
import { IAP_SECTION_IDS } from './iap/sections.js';
import { planStateSchema } from './planStates.js';
import { stakeholderSectorSchema } from './stakeholders.js';

/*
 * The lead partner's view of the network (issue 17). Every figure is derived from the city's
 * plan document and its register when read, never stored a second time.
 */

const percent = z.int().check(z.gte(0), z.lte(100));
/** EUR; sums of what the plan holds, so never below 0 (negative amounts are flagged, not summed). */
const euros = z.number().check(z.gte(0));

export const dashboardCitySchema = z.object({
  slug: z.string(),
  name: z.string(),
  state: planStateSchema,
  /** Mean of the sections' completeness, as the plan's outline shows it. */
  completeness: percent,
  sections: z.array(z.object({ sectionId: z.enum(IAP_SECTION_IDS), completeness: percent })),
  /** Plan-logic flags (empty sections, negative costs...). */
  flags: z.int().check(z.gte(0)),
  actions: z.int().check(z.gte(0)),
  totalCost: euros,
  secured: euros,
  likely: euros,
  toFind: euros,
  /** Total cost minus secured and likely funding, never below 0. */
  fundingGap: euros,
  /** People in the ULG's stakeholder register. */
  stakeholders: z.int().check(z.gte(0)),
  bySector: z.record(stakeholderSectorSchema, z.int().check(z.gte(0))),
  /** Accounts with a role in the city. */
  members: z.int().check(z.gte(0)),
  /** When the plan last changed, to within the automatic-version pause; null if it never has. */
  lastActivityAt: z.nullable(z.string()),
});
export type DashboardCity = z.infer<typeof dashboardCitySchema>;

/** `GET /api/network/dashboard`. */
export const networkDashboardSchema = z.object({ cities: z.array(dashboardCitySchema) });
export type NetworkDashboard = z.infer<typeof networkDashboardSchema>;

/** `GET /api/network/compare?a=<slug>&b=<slug>`: two different cities. */
const comparedSlug = z.string().check(z.minLength(1), z.maxLength(40));
export const compareQuerySchema = z
  .object({ a: comparedSlug, b: comparedSlug })
  .check(z.refine((query) => query.a !== query.b, { path: ['b'], message: 'must be another city than a' }));
export type CompareQuery = z.infer<typeof compareQuerySchema>;

/** One action row as the plan holds it: values the action card would refuse are kept, and flagged elsewhere. */
export const comparedActionSchema = z.object({
  id: z.string(),
  title: z.string(),
  leadOrganisation: z.string(),
  start: z.nullable(z.string()),
  end: z.nullable(z.string()),
  estimatedCost: z.nullable(z.number()),
  status: z.enum(ACTION_STATUSES),
});
export type ComparedAction = z.infer<typeof comparedActionSchema>;

export const comparedPlanSchema = z.object({
  city: dashboardCitySchema,
  /** The nine sections in canvas order, each with its plain text (capped, see COMPARE_TEXT_LIMIT). */
  sections: z.array(z.object({ sectionId: z.enum(IAP_SECTION_IDS), text: z.string(), truncated: z.boolean() })),
  actions: z.array(comparedActionSchema),
});
export type ComparedPlan = z.infer<typeof comparedPlanSchema>;

export const planComparisonSchema = z.object({ a: comparedPlanSchema, b: comparedPlanSchema });
export type PlanComparison = z.infer<typeof planComparisonSchema>;

/** Characters of a section's text sent for comparison: enough to read side by side, not a whole 1 MB plan. */
export const COMPARE_TEXT_LIMIT = 4_000;
