import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '@iap/shared';
import { rememberPickedLanguage } from '../../i18n/pickedLanguage';
import { updateMe } from './authApi';
import { ME_QUERY_KEY, useMe } from './useMe';

/**
 * Switches the interface at once, remembers the choice on this browser and, when someone is
 * signed in, on their account (PATCH /api/me) so their other devices follow.
 */
export function useChangeLanguage() {
  const { i18n } = useTranslation();
  const signedIn = Boolean(useMe().data);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Language) => updateMe({ locale }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
  return {
    change(language: Language): void {
      rememberPickedLanguage(language);
      void i18n.changeLanguage(language);
      if (signedIn) save.mutate(language);
    },
    saving: save.isPending,
    failed: save.isError,
  };
}
