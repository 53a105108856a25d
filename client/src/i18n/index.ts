import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, withSharedTexts, type Language } from '@iap/shared';
import en from './locales/en.json';
import { chooseLanguage, interfaceLocale } from './languages';
import { readPickedLanguage } from './pickedLanguage';

/**
 * English is bundled: it is the fallback for every key and the language most sign-ins start
 * in. The other six are loaded when first chosen, each its own chunk, so the sign-in page
 * does not carry seven languages. Every bundle gets the section titles and the vocabulary
 * (states, statuses, sectors...) from shared/, the same words the server's downloads print
 * (`withSharedTexts`).
 */
export const resources = {
  en: { translation: withSharedTexts('en', en) },
} as const;

export const defaultNS = 'translation';

const LAZY_BUNDLES: Record<Exclude<Language, 'en'>, () => Promise<{ default: ResourceKey }>> = {
  pt: () => import('./locales/pt.json'),
  es: () => import('./locales/es.json'),
  it: () => import('./locales/it.json'),
  hu: () => import('./locales/hu.json'),
  ro: () => import('./locales/ro.json'),
  fi: () => import('./locales/fi.json'),
};

const lazyBundles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const load = LAZY_BUNDLES[language as keyof typeof LAZY_BUNDLES];
    // English and anything unknown: nothing to fetch, the bundled English answers.
    if (!load) return callback(null, {});
    load().then(
      (bundle) => callback(null, withSharedTexts(language, bundle.default as object) as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function initialLanguage(): string {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return interfaceLocale(chooseLanguage({ picked: readPickedLanguage(), browser }));
}

void i18n
  .use(lazyBundles)
  .use(initReactI18next)
  .init({
    resources,
    // Bundled English plus a backend for the rest.
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // `pt-PT` (see interfaceLocale) and a browser's `pt-BR` are served the `pt` bundle.
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    defaultNS,
    // React escapes rendered strings already.
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

// Screen readers and the browser's hyphenation follow the interface language.
i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

export default i18n;
