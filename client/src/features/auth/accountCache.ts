import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '@iap/shared';
import { ME_QUERY_KEY } from './useMe';

/**
 * Records who is signed in now and drops everything cached for the previous account, so one
 * person's cities, register or members are never shown to the next person on this browser.
 */
export function switchAccount(queryClient: QueryClient, me: Me): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  queryClient.setQueryData(ME_QUERY_KEY, me);
}
