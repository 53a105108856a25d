import { describe, expect, it } from 'vitest';
import { groupBySection, shortenUnchanged } from './diffSections';

describe('a diff grouped for reading', () => {
  it('groups changes by section in document order and marks the sections that changed', () => {
    const sections = groupBySection([
      { sectionId: null, kind: 'unchanged', text: 'Intro' },
      { sectionId: 'context', kind: 'unchanged', text: 'The town ' },
      { sectionId: 'context', kind: 'inserted', text: 'grew ' },
      { sectionId: 'vision', kind: 'unchanged', text: 'A town' },
    ]);
    expect(sections.map((section) => [section.sectionId, section.changes.length, section.changed])).toEqual([
      [null, 1, false],
      ['context', 2, true],
      ['vision', 1, false],
    ]);
  });

  it('keeps short unchanged text whole', () => {
    expect(shortenUnchanged('A short sentence.', true, true)).toEqual({ kind: 'whole', text: 'A short sentence.' });
  });

  it('keeps only the words next to the changes of a long unchanged run', () => {
    const words = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
    const between = shortenUnchanged(words, true, true, 20);
    expect(between).toEqual({ kind: 'shortened', head: 'word0 word1 word2 ', tail: ' word98 word99' });
    const beforeFirstChange = shortenUnchanged(words, false, true, 20);
    expect(beforeFirstChange).toEqual({ kind: 'shortened', head: '', tail: ' word98 word99' });
  });
});
