import { Link } from './routing/Link';
import { useTranslation } from 'react-i18next';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { AccountMenu } from '../features/auth/AccountMenu';
import { LanguagePicker } from '../features/auth/LanguagePicker';
import { useAccountLanguage } from '../features/auth/useAccountLanguage';
import { useIdentity } from '../features/identity/useIdentity';
import { NotificationBell } from '../features/notifications/NotificationBell';

/**
 * The bar on every page: the way home, the language picker, and the notifications and account
 * menu once someone is signed in. The picker sits beside the account menu, not in it: a menu
 * (role=menu) may hold only menu items, and a select inside one is lost to screen readers.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const identity = useIdentity();
  useAccountLanguage();
  return (
    <header className="app-header">
      <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap">
        {/* On a phone the mark alone leads home: the name gives its room to the language picker. */}
        <Link to="/" className="app-header__home">
          <span className="app-header__mark" aria-hidden>
            IAP
          </span>
          <Text component="span" fw={650} size="md" visibleFrom={identity ? 'sm' : undefined}>
            {t('app.name')}
          </Text>
          {identity && <VisuallyHidden hiddenFrom="sm">{t('app.name')}</VisuallyHidden>}
        </Link>
        {identity && (
          <Group gap="xs" wrap="nowrap">
            <LanguagePicker />
            <NotificationBell />
            <AccountMenu identity={identity} />
          </Group>
        )}
        {!identity && <LanguagePicker />}
      </Group>
    </header>
  );
}
