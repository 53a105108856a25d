import { useQuery } from '@tanstack/react-query';
import { citiesResponseSchema, cityDetailSchema } from '@iap/shared';
import { requestJson } from '../../api/requestJson';

/** Query keys of everything under a city start with this, so one invalidation reaches them all. */
export const cityQueryKey = (slug: string) => ['cities', slug] as const;

/** The cities the signed-in person may see (all nine for the lead partner and admins). */
export function useCities() {
  return useQuery({
    queryKey: ['cities'],
    queryFn: async () => (await requestJson('/api/cities', citiesResponseSchema)).cities,
  });
}

/** One city with its settings and what the caller may do there (`permissions`). */
export function useCity(slug: string, enabled = true) {
  return useQuery({
    queryKey: cityQueryKey(slug),
    enabled,
    queryFn: () => requestJson(`/api/cities/${encodeURIComponent(slug)}`, cityDetailSchema),
    // 404 (unknown, or not yours) and 403 will not change by asking again.
    retry: false,
  });
}
