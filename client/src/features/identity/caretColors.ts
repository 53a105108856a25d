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
