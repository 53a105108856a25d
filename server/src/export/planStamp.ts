import { iapDocumentName, type PlanState } from '@iap/shared';

/** What the title page says about where a plan stands, and what the all-plans filter reads. */
export interface PlanStamp {
  state: PlanState;
  /** The newest version someone named, for "Version" on the title page; null when none. */
  lastNamedVersion: { label: string; createdAt: string } | null;
}

/** Reads the stamp of a city's plan. */
export type PlanStampSource = (citySlug: string) => Promise<PlanStamp>;

/** Without plan states and versions (a bare app in a test), every plan is a draft with no named version. */
export const draftPlanStamp: PlanStampSource = () => Promise.resolve({ state: 'draft', lastNamedVersion: null });

/**
 * The stamp from the plan-state and version services: an export is always of the live plan,
 * so the version line names the last named version it builds on, not a version it is.
 */
export function planStampFrom(services: {
  planStates: { stateOf(documentName: string): Promise<PlanState> };
  versions: { list(documentName: string): Promise<readonly { kind: string; label: string | null; createdAt: string }[]> };
}): PlanStampSource {
  return async (citySlug) => {
    const name = iapDocumentName(citySlug);
    const [state, versions] = await Promise.all([services.planStates.stateOf(name), services.versions.list(name)]);
    // Newest first; state changes and restores carry labels too, but only people name versions.
    const named = versions.find((version) => version.kind === 'named' && version.label);
    return { state, lastNamedVersion: named?.label ? { label: named.label, createdAt: named.createdAt } : null };
  };
}
