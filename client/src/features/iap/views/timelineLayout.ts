import type { Action } from '@iap/shared';

export interface TimelineBar {
  action: Action;
  reference: string;
  /** Percentages of the timeline's width. */
  left: number;
  width: number;
}

export interface TimelineLayout {
  bars: TimelineBar[];
  /** Actions without both dates, or with the end before the start: listed, not drawn. */
  unscheduled: { action: Action; reference: string }[];
  /** First day of each year the timeline crosses, as a percentage position. */
  years: { year: number; left: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** Places the actions on one time axis, from the earliest start to the latest end; `references` names them ("A1"). */
export function layOutTimeline(actions: readonly Action[], references: ReadonlyMap<string, string>): TimelineLayout {
  const scheduled: { action: Action; reference: string; start: number; end: number }[] = [];
  const unscheduled: TimelineLayout['unscheduled'] = [];
  actions.forEach((action) => {
    const reference = references.get(action.id) ?? '';
    if (action.start && action.end && action.end >= action.start) {
      scheduled.push({ action, reference, start: dayOf(action.start), end: dayOf(action.end) + 1 });
    } else unscheduled.push({ action, reference });
  });
  if (scheduled.length === 0) return { bars: [], unscheduled, years: [] };

  const first = Math.min(...scheduled.map((entry) => entry.start));
  const last = Math.max(...scheduled.map((entry) => entry.end));
  const span = Math.max(1, last - first);
  const at = (day: number): number => ((day - first) / span) * 100;
  const years: TimelineLayout['years'] = [];
  const firstYear = new Date(first * DAY_MS).getUTCFullYear();
  const lastYear = new Date(last * DAY_MS).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year += 1) {
    const left = Math.max(0, at(Math.floor(Date.UTC(year, 0, 1) / DAY_MS)));
    // A year that starts at the very end would put its label past the edge.
    if (left < 95) years.push({ year, left });
  }
  return {
    bars: scheduled.map((entry) => ({
      action: entry.action,
      reference: entry.reference,
      left: at(entry.start),
      // A one-day action still gets a visible bar.
      width: Math.max(0.8, at(entry.end) - at(entry.start)),
    })),
    unscheduled,
    years,
  };
}
