import type { TextChange } from '@iap/shared';

/** The changes of one section, in document order. */
export interface SectionChanges {
  sectionId: string | null;
  changes: TextChange[];
  /** Whether anything in it was inserted or deleted. */
  changed: boolean;
}

/** Groups the server's text changes (already in document order) into runs of one section each. */
export function groupBySection(text: readonly TextChange[]): SectionChanges[] {
  const sections: SectionChanges[] = [];
  for (const change of text) {
    let last = sections.at(-1);
    if (!last || last.sectionId !== change.sectionId) {
      last = { sectionId: change.sectionId, changes: [], changed: false };
      sections.push(last);
    }
    last.changes.push(change);
    if (change.kind !== 'unchanged') last.changed = true;
  }
  return sections;
}

/** How much unchanged text stays on each side of a change before the rest is collapsed. */
export const UNCHANGED_CONTEXT = 80;

export type ShortenedText = { kind: 'whole'; text: string } | { kind: 'shortened'; head: string; tail: string };

/**
 * A long unchanged run keeps only the words next to the changes around it (the end of the
 * run before a change, the start of the run after one), so the changes are what the eye finds.
 */
export function shortenUnchanged(text: string, changeBefore: boolean, changeAfter: boolean, context = UNCHANGED_CONTEXT): ShortenedText {
  const keep = (changeBefore ? context : 0) + (changeAfter ? context : 0);
  if (text.length <= Math.max(keep, context) * 1.5) return { kind: 'whole', text };
  const head = changeBefore ? cutAtWord(text.slice(0, context), 'end') : '';
  const tail = changeAfter ? cutAtWord(text.slice(-context), 'start') : '';
  return { kind: 'shortened', head, tail };
}

/** Drops the partial word at the cut, so no word is shown half. */
function cutAtWord(text: string, side: 'start' | 'end'): string {
  if (side === 'end') {
    const space = text.lastIndexOf(' ');
    return space > 0 ? text.slice(0, space + 1) : text;
  }
  const space = text.indexOf(' ');
  return space >= 0 && space < text.length - 1 ? text.slice(space) : text;
}
