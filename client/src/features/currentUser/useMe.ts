import { useQuery } from '@tanstack/react-query';
import { ErrorCode, meSchema, type Me } from '@iap/shared';
import { isApiError } from '../../api/ApiRequestError';
import { requestJson } from '../../api/requestJson';

/*
 * "Who is signed in" is read by most features (identity, cities, comments, members), so it
 * sits below them all; auth/ writes it (sign-in, sign-out, invites) and re-exports it.
 */

/** Who is signed in, or null for a visitor (the API answers 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await requestJson('/api/me', meSchema);
  } catch (error) {
    if (isApiError(error, ErrorCode.unauthenticated)) return null;
    throw error;
  }
}

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
