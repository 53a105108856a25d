import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Group, Text } from '@mantine/core';
import { AccountMenu } from './AccountMenu';
import { useAccountIdentity } from './useAccountIdentity';

/**
 * The frame of the pages a visitor may open (sign-in, invite links): the app's header
 * without the display-name picker, which would ask a visitor for a name before they sign in.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const account = useAccountIdentity();
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
          {account.status === 'signed-in' && <AccountMenu identity={account.identity} />}
        </Group>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
