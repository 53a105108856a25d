import type { Member } from '@iap/shared';

/** The `@query` being typed just before the caret, or null when the caret is not in a mention. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([^\s@]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Members whose name matches what follows the @, best matches (name starts with it) first. */
export function matchMembers(members: readonly Member[], query: string, limit = 6): Member[] {
  const needle = query.toLocaleLowerCase();
  const scored = members
    .map((member) => ({ member, at: member.name.toLocaleLowerCase().indexOf(needle) }))
    .filter((entry) => entry.at >= 0)
    .sort((a, b) => Number(a.at !== 0) - Number(b.at !== 0) || a.member.name.localeCompare(b.member.name));
  return scored.slice(0, limit).map((entry) => entry.member);
}

/** The ids of the members named in the text as `@Name`: what the server is told to notify. */
export function mentionedIds(text: string, members: readonly Member[]): string[] {
  return members.filter((member) => text.includes(`@${member.name}`)).map((member) => member.userId);
}

/** A comment's text cut into plain runs and `@Name` mentions of the given people, for display. */
export function mentionParts(text: string, names: readonly string[]): { text: string; mention: boolean }[] {
  const tags = [...new Set(names)].filter((name) => name.length > 0).map((name) => `@${name}`);
  if (tags.length === 0) return [{ text, mention: false }];
  // Longest first, so "@Ana Nunes" wins over "@Ana".
  tags.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(tags.map((tag) => tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts: { text: string; mention: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mention: false });
    parts.push({ text: match[0], mention: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mention: false });
  return parts;
}
