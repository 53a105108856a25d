import { useTranslation } from 'react-i18next';
import { NativeSelect } from '@mantine/core';
import { LANGUAGES } from '@iap/shared';
import { LANGUAGE_ENDONYMS, supportedLanguage } from '../../i18n/languages';
import { useChangeLanguage } from './useChangeLanguage';

/**
 * The interface language in the header, each language named in itself so a reader finds their
 * own whatever the page shows now. Named for screen readers only: the bar has no room for a
 * visible label, and the endonyms say what the list is. The browser's own select rather than
 * Mantine's Select: seven fixed options need no search or custom list, and the header is on
 * every page, so Mantine's Select and its dropdown (10 KB brotli of the sign-in page, 2 of the
 * plan's, which uses the rest of the combobox elsewhere) would be paid by every first paint.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const current = supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={current}
      onChange={(event) => {
        const language = supportedLanguage(event.currentTarget.value);
        if (language && language !== current) change(language);
      }}
      size="xs"
      w={{ base: 108, sm: 140 }}
    >
      {/* Each name in its own language, marked so a screen reader pronounces it as such. */}
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_ENDONYMS[language]}
        </option>
      ))}
    </NativeSelect>
  );
}
