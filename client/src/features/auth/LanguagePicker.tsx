import { useTranslation } from 'react-i18next';
import { Select } from '@mantine/core';
import { LANGUAGES } from '@iap/shared';
import { LANGUAGE_ENDONYMS, supportedLanguage } from '../../i18n/languages';
import { useChangeLanguage } from './useChangeLanguage';

const OPTIONS = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_ENDONYMS[language] }));

/**
 * The interface language in the header, each language named in itself so a reader finds their
 * own whatever the page shows now. Named for screen readers only: the bar has no room for a
 * visible label, and the endonyms say what the list is.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const change = useChangeLanguage();
  const current = supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  return (
    <Select
      aria-label={t('language.label')}
      data={OPTIONS}
      value={current}
      onChange={(value) => {
        const language = supportedLanguage(value);
        if (language && language !== current) change(language);
      }}
      allowDeselect={false}
      checkIconPosition="right"
      size="xs"
      w={{ base: 108, sm: 140 }}
    />
  );
}
