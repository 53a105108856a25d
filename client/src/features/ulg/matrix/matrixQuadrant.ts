import type { Stakeholder } from '@iap/shared';

/**
 * The four quadrants of the importance/influence (power/interest) grid, in reading order of
 * the grid: high influence on top, high importance on the right.
 */
export const QUADRANTS = ['keepSatisfied', 'manageClosely', 'monitor', 'keepInformed'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Scores of 3 and more count as high. The middle of the scale goes to the side that asks
 * for more engagement, so nobody scored "average" is left to mere monitoring.
 */
export const HIGH_FROM = 3;

export function quadrantOf(stakeholder: Pick<Stakeholder, 'importance' | 'influence'>): Quadrant {
  const influential = stakeholder.influence >= HIGH_FROM;
  const important = stakeholder.importance >= HIGH_FROM;
  if (influential) return important ? 'manageClosely' : 'keepSatisfied';
  return important ? 'keepInformed' : 'monitor';
}

/** Stakeholders per quadrant, the most influential and important first within each. */
export function groupByQuadrant(stakeholders: readonly Stakeholder[]): Record<Quadrant, Stakeholder[]> {
  const groups: Record<Quadrant, Stakeholder[]> = { keepSatisfied: [], manageClosely: [], monitor: [], keepInformed: [] };
  for (const stakeholder of stakeholders) groups[quadrantOf(stakeholder)].push(stakeholder);
  for (const group of Object.values(groups)) {
    group.sort((a, b) => b.influence + b.importance - (a.influence + a.importance) || a.name.localeCompare(b.name));
  }
  return groups;
}
