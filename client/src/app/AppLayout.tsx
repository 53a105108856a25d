import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PageLoader } from './PageLoader';

/** The frame of every page, for visitors (sign-in, invite links) and signed-in people alike. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} className="app-main">
        {/* Inside the layout, so the header stays while a lazily loaded page arrives or if one fails. */}
        <PageErrorBoundary address={pathname}>
          <Suspense fallback={<PageLoader />}>
            {children}
          </Suspense>
        </PageErrorBoundary>
      </main>
    </>
  );
}
