/**
 * What the title page says about where a plan stands. Plan states and versions are built in
 * another part of issue 14; until `app.ts` passes their reader to the export plugin, every
 * plan is a `draft` and its version is "current" on the export date.
 */
export interface PlanStamp {
  state: string;
  /** A version's label, or null for the live plan. */
  versionLabel: string | null;
}

/** Reads the stamp of a city's plan; may be async when it reads a store. */
export type PlanStampSource = (citySlug: string) => PlanStamp | Promise<PlanStamp>;

export const draftPlanStamp: PlanStampSource = () => ({ state: 'draft', versionLabel: null });
