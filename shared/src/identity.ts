/**
 * Colours for people's carets, labels and avatars. Each has a contrast of at least 4.5:1
 * with white, so the white name on the coloured label passes WCAG AA, and each is a
 * #rrggbb hex because the caret extension ignores any other colour format.
 */
export const CARET_COLORS = [
  '#1864ab',
  '#c92a2a',
  '#862e9c',
  '#5f3dc4',
  '#0b7285',
  '#a61e4d',
  '#087f5b',
  '#b35900',
] as const;

/**
 * An account's caret and avatar colour, derived from its id so it is the same in every
 * browser and session without being stored anywhere. The server sets it in presence, so a
 * client cannot wear another person's colour.
 */
export function accountColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length] ?? CARET_COLORS[0];
}
