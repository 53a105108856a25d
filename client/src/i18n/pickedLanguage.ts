import type { Language } from '@iap/shared';
import { supportedLanguage } from './languages';

const STORAGE_KEY = 'iap.language';

/** The language chosen on this browser (on the sign-in page or before), if any. */
export function readPickedLanguage(): Language | null {
  try {
    return supportedLanguage(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    // Storage refused (private mode, blocked cookies): the browser's language decides.
    return null;
  }
}

export function rememberPickedLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered on this browser; the account still remembers it once signed in.
  }
}
