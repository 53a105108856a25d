import type { Action, CityRole, IapSectionId, Objective } from '@iap/shared';

/** One block of demo text, in the element names the editor's schema holds (shared EDITOR_NODE_NAMES). */
export type DemoBlock = { paragraph: string } | { subheading: string } | { bullets: string[] };

/** A comment thread on an action card, written by the city's demo accounts. */
export interface DemoThread {
  actionId: string;
  by: CityRole;
  body: string;
  replies: { by: CityRole; body: string }[];
}

/** The state a demo plan ends in; the moves to reach it follow the workflow (shared PLAN_STATE_MOVES). */
export type DemoPlanState = 'draft' | 'submitted' | 'final';

/**
 * A partly written plan in its city's language. Some sections are left empty on purpose:
 * the demo shows plans in progress, so the logic check and the dashboard have gaps to show.
 */
export interface DemoPlan {
  citySlug: string;
  locale: 'en' | 'pt' | 'ro' | 'fi';
  state: DemoPlanState;
  sections: Partial<Record<IapSectionId, DemoBlock[]>>;
  objectives: Objective[];
  actions: Action[];
  threads: DemoThread[];
  /** The label of the named version taken once the plan is written. */
  versionLabel: string;
}
