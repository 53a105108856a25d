import { PLAN_STATES, type DashboardCity, type PlanState } from '@iap/shared';

export const DASHBOARD_SORTS = ['state', 'completeness', 'gap', 'activity'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];

/**
 * The cities in the order the lead partner asked for: by plan state (furthest along first),
 * completeness (most complete first), funding gap (largest first) or last activity (most
 * recent first; never-touched plans last). Ties keep the network's order, so the list does not jump.
 */
export function sortCities(cities: readonly DashboardCity[], sort: DashboardSort, state: PlanState | null = null): DashboardCity[] {
  const shown = state === null ? [...cities] : cities.filter((city) => city.state === state);
  const order = new Map(cities.map((city, index) => [city.slug, index]));
  const key = (city: DashboardCity): number => {
    switch (sort) {
      case 'state':
        return -PLAN_STATES.indexOf(city.state);
      case 'completeness':
        return -city.completeness;
      case 'gap':
        return -city.fundingGap;
      case 'activity':
        return city.lastActivityAt === null ? Number.POSITIVE_INFINITY : -Date.parse(city.lastActivityAt);
    }
  };
  return shown.sort((a, b) => key(a) - key(b) || order.get(a.slug)! - order.get(b.slug)!);
}
