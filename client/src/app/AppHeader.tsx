import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Group, Text } from '@mantine/core';
import { AccountMenu } from '../features/auth/AccountMenu';
import { LanguagePicker } from '../features/auth/LanguagePicker';
import { useAccountLanguage } from '../features/auth/useAccountLanguage';
import { useIdentity } from '../features/identity/useIdentity';
import { NotificationBell } from '../features/notifications/NotificationBell';

/**
 * The bar on every page: the way home, and the notifications and account menu once someone is
 * signed in; for a visitor (sign-in and invite pages) the language picker.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const identity = useIdentity();
  useAccountLanguage();
  return (
    <header className="app-header">
      <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap">
        <Link to="/" className="app-header__home">
          <span className="app-header__mark" aria-hidden>
            IAP
          </span>
          <Text component="span" fw={650} size="md">
            {t('app.name')}
          </Text>
        </Link>
        {identity && (
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <AccountMenu identity={identity} />
          </Group>
        )}
        {!identity && <LanguagePicker compact inHeader />}
      </Group>
    </header>
  );
}
