import { describe, expect, it } from 'vitest';
import { newAction } from '@iap/shared';
import { layOutTimeline } from './timelineLayout';

/** The references the plan's read model gives: A1, A2... in order. */
const inOrder = (...ids: string[]): Map<string, string> => new Map(ids.map((id, index) => [id, `A${index + 1}`]));

describe('the actions timeline', () => {
  it('places each scheduled action on one axis from the first start to the last end', () => {
    const layout = layOutTimeline([
      { ...newAction('a', 'First'), start: '2025-01-01', end: '2025-12-31' },
      { ...newAction('b', 'Second'), start: '2026-01-01', end: '2026-12-31' },
    ], inOrder('a', 'b'));
    expect(layout.bars.map((bar) => [bar.reference, Math.round(bar.left), Math.round(bar.width)])).toEqual([
      ['A1', 0, 50],
      ['A2', 50, 50],
    ]);
    expect(layout.years.map((year) => [year.year, Math.round(year.left)])).toEqual([
      [2025, 0],
      [2026, 50],
    ]);
  });

  it('lists actions without dates, or ending before they start, instead of drawing them', () => {
    const layout = layOutTimeline([
      { ...newAction('a', 'No dates') },
      { ...newAction('b', 'Backwards'), start: '2025-05-01', end: '2025-04-01' },
    ], inOrder('a', 'b'));
    expect(layout.bars).toEqual([]);
    expect(layout.unscheduled.map((entry) => entry.reference)).toEqual(['A1', 'A2']);
  });
});
