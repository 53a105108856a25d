/**
 * Field limits of the structured IAP data. They keep one Y.Map small enough to sync
 * quickly from a phone, and they are the numbers the forms show as maxLength.
 */
export const IAP_LIMITS = {
  idLength: 64,
  titleLength: 200,
  shortTextLength: 200,
  longTextLength: 5000,
  mediumTextLength: 2000,
  partners: 50,
  fundingSources: 20,
  risks: 20,
  indicators: 20,
  /** EUR; far above any city plan, low enough to stay exact in a double. */
  maxAmount: 1_000_000_000,
} as const;
