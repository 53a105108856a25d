import * as z from 'zod/mini';
import { IAP_LIMITS } from './limits.js';
import { iapItemIdSchema, indicatorSchema } from './indicators.js';

/**
 * A strategic or specific objective. Stored as one Y.Map in the `objectives` Y.Array,
 * one key per field; `indicators` is a plain JSON array value (last writer wins).
 */
export const objectiveSchema = z.object({
  id: iapItemIdSchema,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(IAP_LIMITS.titleLength)),
  description: z.string().check(z.trim(), z.maxLength(IAP_LIMITS.mediumTextLength)),
  indicators: z.array(indicatorSchema).check(z.maxLength(IAP_LIMITS.indicators)),
});
export type Objective = z.infer<typeof objectiveSchema>;

/** The Y.Map keys of an objective. */
export const OBJECTIVE_FIELDS = ['id', 'title', 'description', 'indicators'] as const satisfies readonly (keyof Objective)[];
