import { useTranslation } from 'react-i18next';
import type { CityRole } from '@iap/shared';
import { useMe } from '../currentUser/useMe';

/**
 * How the signed-in person takes part in a city: their ULG role there, or else the network
 * role through which they see it (lead partner, admin).
 */
export function useRoleLabel(): (cityRole: CityRole | null) => string {
  const { t } = useTranslation();
  const networkRole = useMe().data?.networkRole ?? null;
  return (cityRole) => {
    if (cityRole) return t(`roles.${cityRole}`);
    if (networkRole) return t(`roles.${networkRole}`);
    return t('roles.none');
  };
}
