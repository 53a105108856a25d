import type { Idea } from '@iap/shared';

export interface IdeaGroup {
  /** The facilitator's label; null for the ideas in no group. */
  label: string | null;
  ideas: Idea[];
}

/** Ideas by group, groups in the order of their first idea, the ungrouped last. */
export function groupIdeas(ideas: readonly Idea[]): IdeaGroup[] {
  const groups = new Map<string, Idea[]>();
  const loose: Idea[] = [];
  for (const idea of ideas) {
    if (idea.group === null) loose.push(idea);
    else groups.set(idea.group, [...(groups.get(idea.group) ?? []), idea]);
  }
  const labelled = [...groups].map(([label, members]): IdeaGroup => ({ label, ideas: members }));
  return loose.length > 0 ? [...labelled, { label: null, ideas: loose }] : labelled;
}
