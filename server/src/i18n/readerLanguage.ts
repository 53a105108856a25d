import { LANGUAGES, type Language } from '@iap/shared';

/**
 * The language of a download's fixed texts (a plan export, workshop minutes): the one asked
 * for with `?lang=` (already validated by the route's schema), else the account's saved
 * choice, else the city's language, else English. A Hungarian coordinator who reads the
 * app in English gets English headings; the plan's own text stays as written.
 */
export function readerLanguage(clues: { asked?: Language | undefined; account?: Language | null; city?: string | null }): Language {
  return clues.asked ?? clues.account ?? known(clues.city) ?? 'en';
}

function known(language: string | null | undefined): Language | null {
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : null;
}
