import * as z from 'zod/mini';

/** The life of a plan: the ULG writes, reviews and validates it, sends it to the lead partner, who finalizes it. */
export const PLAN_STATES = ['draft', 'in_review', 'validated', 'submitted', 'final'] as const;
export const planStateSchema = z.enum(PLAN_STATES);
export type PlanState = z.infer<typeof planStateSchema>;

/**
 * Every step of the workflow and who takes it: `city` steps are the coordinator's (the ULG's
 * side), `network` steps the lead partner's. A move that is not listed here is out of order,
 * whoever asks (409); a listed move by the wrong role is forbidden (403).
 */
export const PLAN_STATE_MOVES: readonly { from: PlanState; to: PlanState; by: 'city' | 'network' }[] = [
  { from: 'draft', to: 'in_review', by: 'city' },
  { from: 'in_review', to: 'validated', by: 'city' },
  { from: 'in_review', to: 'draft', by: 'city' },
  { from: 'validated', to: 'submitted', by: 'city' },
  { from: 'validated', to: 'draft', by: 'city' },
  { from: 'submitted', to: 'final', by: 'network' },
  { from: 'submitted', to: 'draft', by: 'network' },
  // Reopening a final plan takes it back to the start.
  { from: 'final', to: 'draft', by: 'network' },
];

const personSchema = z.object({ id: z.string(), name: z.string() });

export const planStateChangeSchema = z.object({
  from: planStateSchema,
  to: planStateSchema,
  note: z.nullable(z.string()),
  at: z.string(),
  by: z.nullable(personSchema),
});
export type PlanStateChange = z.infer<typeof planStateChangeSchema>;

/** `GET /api/documents/:name/state`; also the answer of a move. */
export const planStateInfoSchema = z.object({
  state: planStateSchema,
  changedAt: z.nullable(z.string()),
  changedBy: z.nullable(personSchema),
  /** Oldest first. */
  history: z.array(planStateChangeSchema),
  /** The states the caller may move the plan to now. */
  allowedMoves: z.array(planStateSchema),
});
export type PlanStateInfo = z.infer<typeof planStateInfoSchema>;

/** `POST /api/documents/:name/state`. */
export const movePlanStateSchema = z.strictObject({ to: planStateSchema, note: z.optional(z.string().check(z.trim(), z.maxLength(2000))) });
export type MovePlanState = z.infer<typeof movePlanStateSchema>;
