import { describe, expect, it } from 'vitest';
import type { DashboardCity } from '@iap/shared';
import { sortCities } from './sortCities';

function city(slug: string, fields: Partial<DashboardCity>): DashboardCity {
  return {
    slug,
    name: slug,
    state: 'draft',
    completeness: 0,
    sections: [],
    flags: 0,
    actions: 0,
    totalCost: 0,
    secured: 0,
    likely: 0,
    toFind: 0,
    fundingGap: 0,
    stakeholders: 0,
    bySector: { public_authority: 0, business: 0, civil_society: 0, education_research: 0, culture_creative: 0, citizen: 0 },
    members: 0,
    lastActivityAt: null,
    ...fields,
  };
}

const cities = [
  city('a', { state: 'draft', completeness: 40, fundingGap: 10, lastActivityAt: '2026-01-02T00:00:00.000Z' }),
  city('b', { state: 'final', completeness: 90, fundingGap: 0, lastActivityAt: null }),
  city('c', { state: 'submitted', completeness: 40, fundingGap: 50, lastActivityAt: '2026-03-01T00:00:00.000Z' }),
];
const slugs = (list: DashboardCity[]) => list.map((item) => item.slug);

describe('sorting the dashboard', () => {
  it('puts the plans furthest along the workflow first', () => {
    expect(slugs(sortCities(cities, 'state'))).toEqual(['b', 'c', 'a']);
  });
  it('keeps the network order between equally complete plans', () => {
    expect(slugs(sortCities(cities, 'completeness'))).toEqual(['b', 'a', 'c']);
  });
  it('puts the largest funding gap first', () => {
    expect(slugs(sortCities(cities, 'gap'))).toEqual(['c', 'a', 'b']);
  });
  it('puts the latest activity first and untouched plans last', () => {
    expect(slugs(sortCities(cities, 'activity'))).toEqual(['c', 'a', 'b']);
  });
  it('shows only the chosen state', () => {
    expect(slugs(sortCities(cities, 'gap', 'draft'))).toEqual(['a']);
  });
});
