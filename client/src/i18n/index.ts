import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from '@iap/shared';
import en from './locales/en.json';

/**
 * One bundle per language, one namespace ('translation'). Adding pt, es, it, hu, ro or fi
 * means adding locales/<lang>.json with the same keys and listing it here; English stays
 * the fallback for keys a translation lacks.
 */
export const resources = {
  en: { translation: en },
} as const;

export const defaultNS = 'translation';

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  defaultNS,
  // React escapes rendered strings already.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
