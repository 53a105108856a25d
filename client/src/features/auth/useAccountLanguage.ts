import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CREATIVE_CLUSTERS } from '@iap/shared';
import { chooseLanguage, interfaceLocale } from '../../i18n/languages';
import { readPickedLanguage } from '../../i18n/pickedLanguage';
import { useMe } from './useMe';

/**
 * Speaks the signed-in person's language once `/api/me` answers: the one on their account,
 * else the one picked on this browser or the browser's own, else their city's. Runs again when
 * the account changes (sign-in, sign-out, another person on the same browser).
 */
export function useAccountLanguage(): void {
  const { i18n } = useTranslation();
  const me = useMe().data;
  const accountLanguage = me?.locale ?? null;
  const firstCity = me ? Object.keys(me.cityRoles)[0] : undefined;
  const signedIn = Boolean(me);
  useEffect(() => {
    if (!signedIn) return;
    const cityLanguage = CREATIVE_CLUSTERS.cities.find((city) => city.slug === firstCity)?.language ?? null;
    const language = chooseLanguage({ account: accountLanguage, picked: readPickedLanguage(), browser: navigator.languages, city: cityLanguage });
    if (language !== i18n.resolvedLanguage) void i18n.changeLanguage(interfaceLocale(language));
  }, [signedIn, accountLanguage, firstCity, i18n]);
}
