import { describe, expect, it } from 'vitest';
import { groupIdeas, type Idea } from './workshops.js';

const idea = (id: string, group: string | null): Idea => ({ id, text: id, itemIndex: 0, anonymous: false, author: null, createdAt: '', actionId: null, group });

describe('groupIdeas', () => {
  it('keeps groups in the order of their first idea, ideas in their order, the ungrouped last', () => {
    const groups = groupIdeas([idea('a', null), idea('b', 'Mobility'), idea('c', 'Economy'), idea('d', 'Mobility')]);
    expect(groups.map((group) => [group.label, group.ideas.map((member) => member.id)])).toEqual([
      ['Mobility', ['b', 'd']],
      ['Economy', ['c']],
      [null, ['a']],
    ]);
  });

  it('has no ungrouped entry when every idea is in a group, and nothing for no ideas', () => {
    expect(groupIdeas([idea('a', 'X')]).map((group) => group.label)).toEqual(['X']);
    expect(groupIdeas([])).toEqual([]);
  });
});
