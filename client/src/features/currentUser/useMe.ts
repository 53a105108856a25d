import { useQuery } from '@tanstack/react-query';
import { fetchMe } from './authApi';

/** The one cache entry for "who is signed in"; sign-in, sign-out and invites write to it. */
export const ME_QUERY_KEY = ['me'] as const;

/** The signed-in account (`data` is null for a visitor) from `GET /api/me`. */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: fetchMe,
    // Sign-in and sign-out update the cache themselves; between them the answer only changes
    // when the session expires, which the session-expiry watcher notices on the next refusal.
    staleTime: 5 * 60_000,
  });
}
