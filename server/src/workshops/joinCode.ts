import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@iap/shared';

/**
 * A fresh join code: 6 characters drawn by the CSPRNG from 25 that cannot be confused aloud
 * (25^6 ≈ 244 million codes, so guessing one within the join rate limit is hopeless).
 */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as stored: upper case, without the spaces or dashes people add when reading it aloud. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}
