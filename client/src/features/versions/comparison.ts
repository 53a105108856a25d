import type { Version } from '@iap/shared';

/** What the selected version is compared with: the version before it, the live plan, or another version. */
export type CompareWith = 'previous' | 'current' | { versionId: string };

/** The request that answers a comparison: changes from `fromId` to `against`, always older to newer. */
export interface Comparison {
  fromId: string;
  /** A version id, or 'current'. */
  against: string;
  /** Shown as "Changes from <older> to <newer>"; null stands for the current plan. */
  older: Version;
  newer: Version | null;
}

/**
 * Turns the choice into a diff request. The older side always comes first, so inserted text is
 * what was written later whichever version the person picked. Null when there is nothing to
 * compare with (the first version and "the version before it").
 * `versions` is newest first, as the server lists them.
 */
export function comparisonFor(versions: readonly Version[], selected: Version, compareWith: CompareWith): Comparison | null {
  const selectedIndex = versions.findIndex((version) => version.id === selected.id);
  if (compareWith === 'current') return { fromId: selected.id, against: 'current', older: selected, newer: null };
  if (compareWith === 'previous') {
    const previous = versions[selectedIndex + 1];
    return previous ? { fromId: previous.id, against: selected.id, older: previous, newer: selected } : null;
  }
  const otherIndex = versions.findIndex((version) => version.id === compareWith.versionId);
  const other = versions[otherIndex];
  if (!other || other.id === selected.id) return null;
  return otherIndex > selectedIndex
    ? { fromId: other.id, against: selected.id, older: other, newer: selected }
    : { fromId: selected.id, against: other.id, older: selected, newer: other };
}
