import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../api/QueryState';
import { loginPathFor } from './returnTarget';
import { useMe } from './useMe';
import { useSessionExpiry } from './useSessionExpiry';

/** Route guard: visitors go to /login, which brings them back here after signing in. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  useSessionExpiry();
  return (
    <QueryState query={me} loadingLabel={t('auth.checkingSession')}>
      {(account) => (account ? <Outlet /> : <Navigate to={loginPathFor(location)} replace />)}
    </QueryState>
  );
}
