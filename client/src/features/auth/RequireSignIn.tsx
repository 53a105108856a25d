import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../api/QueryState';
import { loginPathFor } from './returnTarget';
import { useMe } from './useMe';
import { useSessionExpiry } from './useSessionExpiry';

/** Route guard: visitors go to /login, which brings them back here after signing in. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  useSessionExpiry();
  // The address as the browser holds it (still percent-encoded), read when the visitor is turned away.
  return (
    <QueryState query={me} loadingLabel={t('auth.checkingSession')}>
      {(account) => (account ? children : <Redirect to={loginPathFor(window.location)} replace />)}
    </QueryState>
  );
}
