import { LANGUAGES, type Language } from '@iap/shared';

/** The tag i18next is switched to, and so what Intl formats dates and amounts with (`i18n.language`). */
export { interfaceLocale } from '@iap/shared';

/** Each language named in itself, so a reader finds their own whatever the page shows now. */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  en: 'English',
  pt: 'Português',
  es: 'Español',
  it: 'Italiano',
  hu: 'Magyar',
  ro: 'Română',
  fi: 'Suomi',
};

/** `pt-BR`, `PT` or `pt` -> `pt`; null for a language the interface is not written in. */
export function supportedLanguage(tag: string | null | undefined): Language | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : null;
}

export interface LanguageClues {
  /** The language remembered on the account, when someone is signed in and chose one. */
  account?: string | null;
  /** What this browser picked on the sign-in page before anyone signed in. */
  picked?: string | null;
  /** navigator.languages, most preferred first. */
  browser?: readonly string[];
  /** The language of the reader's city (the first city they belong to). */
  city?: string | null;
}

/**
 * The interface language: the account's choice, else one picked on this browser, else the
 * browser's first language we write in, else the city's, else English. A Finnish official on
 * a German-language laptop gets Finnish from the city rather than English.
 */
export function chooseLanguage(clues: LanguageClues): Language {
  return (
    supportedLanguage(clues.account) ??
    supportedLanguage(clues.picked) ??
    (clues.browser ?? []).map(supportedLanguage).find((language) => language !== null) ??
    supportedLanguage(clues.city) ??
    'en'
  );
}

