import { useTranslation } from 'react-i18next';
import { Select } from '@mantine/core';
import { LANGUAGES, type Language } from '@iap/shared';
import { LANGUAGE_ENDONYMS, supportedLanguage } from '../../i18n/languages';
import { useChangeLanguage } from './useChangeLanguage';

const OPTIONS = LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_ENDONYMS[language] }));

/**
 * The interface language, each named in itself; in the account menu (labelled) and, for
 * visitors, in the header of the sign-in and invite pages (`inHeader`: named for screen
 * readers only, the bar has no room for a label above it).
 */
export function LanguagePicker({ compact = false, inHeader = false }: { compact?: boolean; inHeader?: boolean }) {
  const { t, i18n } = useTranslation();
  const { change, failed } = useChangeLanguage();
  const current = supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  return (
    <Select
      {...(inHeader ? { 'aria-label': t('language.label'), w: 150 } : { label: t('language.label') })}
      data={OPTIONS}
      value={current}
      onChange={(value) => {
        const language = supportedLanguage(value);
        if (language && language !== current) change(language as Language);
      }}
      allowDeselect={false}
      checkIconPosition="right"
      size={compact ? 'xs' : 'sm'}
      error={failed ? t('language.notSaved') : undefined}
      comboboxProps={{ withinPortal: !compact }}
      data-testid="language-picker"
    />
  );
}
