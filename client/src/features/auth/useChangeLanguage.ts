import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import type { Language } from '@iap/shared';
import { interfaceLocale } from '../../i18n/languages';
import { rememberPickedLanguage } from '../../i18n/pickedLanguage';
import { updateMe } from './authApi';
import { ME_QUERY_KEY, useMe } from './useMe';

/**
 * Switches the interface at once, remembers the choice on this browser and, when someone is
 * signed in, on their account (PATCH /api/me) so their other devices follow. A failed save
 * says so; the interface keeps the new language on this browser.
 */
export function useChangeLanguage(): (language: Language) => void {
  const { t, i18n } = useTranslation();
  const signedIn = Boolean(useMe().data);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Language) => updateMe({ locale }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
    onError: () =>
      notifications.show({ color: 'red', message: t('language.notSaved'), closeButtonProps: { 'aria-label': t('common.close') } }),
  });
  return (language: Language): void => {
    rememberPickedLanguage(language);
    void i18n.changeLanguage(interfaceLocale(language));
    if (signedIn) save.mutate(language);
  };
}
