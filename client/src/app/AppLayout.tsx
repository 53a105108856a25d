import { Outlet, Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Group, Text } from '@mantine/core';
import { IdentityControl } from '../features/identity/IdentityControl';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
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
          <IdentityControl />
        </Group>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
