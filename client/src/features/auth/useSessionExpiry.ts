import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorCode } from '@iap/shared';
import { isApiError } from '../../api/ApiRequestError';
import { ME_QUERY_KEY } from './useMe';

/**
 * A session can end while a page is open (it expired, or the person signed out in another
 * tab). The first request the API then refuses with 401 marks the visitor as signed out,
 * which sends the sign-in guard to /login with this page as the return target.
 */
export function useSessionExpiry(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const signedOut = (error: unknown): void => {
      if (isApiError(error, ErrorCode.unauthenticated)) queryClient.setQueryData(ME_QUERY_KEY, null);
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') signedOut(event.action.error);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') signedOut(event.action.error);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);
}
