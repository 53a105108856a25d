import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';

/** The frame of every page, for visitors (sign-in, invite links) and signed-in people alike. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
