import { CARET_COLORS } from './caretColors';

/**
 * An account's caret and avatar colour, derived from its id so it is the same in every
 * browser and session without being stored anywhere.
 */
export function accountColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length] ?? CARET_COLORS[0];
}
