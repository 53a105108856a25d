import { describe, expect, it } from 'vitest';
import type { Member } from '@iap/shared';
import { matchMembers, mentionedIds, mentionParts, mentionQueryAt } from './mentions';

const member = (userId: string, name: string): Member => ({ userId, name, role: 'member', joinedAt: '2025-01-01T00:00:00Z' });
const members = [member('u1', 'Nuno Neves'), member('u2', 'Ana Nunes'), member('u3', 'Marta Silva')];

describe('mentions in a comment', () => {
  it('finds the @query being typed before the caret, and nothing in an e-mail address', () => {
    expect(mentionQueryAt('Ask @Nu', 7)).toEqual({ start: 4, query: 'Nu' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail ana@city.pt', 16)).toBeNull();
    expect(mentionQueryAt('Ask @Nu and more', 16)).toBeNull();
  });

  it('offers members whose name starts with the query first', () => {
    expect(matchMembers(members, 'nu').map((found) => found.name)).toEqual(['Nuno Neves', 'Ana Nunes']);
  });

  it('mentions the members still named in the final text', () => {
    expect(mentionedIds('Thanks @Nuno Neves and @Marta Silva', members)).toEqual(['u1', 'u3']);
    expect(mentionedIds('Thanks Nuno', members)).toEqual([]);
  });

  it('cuts a comment into text and the mentions of the people it names, longest name first', () => {
    expect(mentionParts('Ask @Ana Nunes and @Nuno Neves.', ['Nuno Neves', 'Ana Nunes'])).toEqual([
      { text: 'Ask ', mention: false },
      { text: '@Ana Nunes', mention: true },
      { text: ' and ', mention: false },
      { text: '@Nuno Neves', mention: true },
      { text: '.', mention: false },
    ]);
    expect(mentionParts('a (b) @x', [])).toEqual([{ text: 'a (b) @x', mention: false }]);
  });
});
