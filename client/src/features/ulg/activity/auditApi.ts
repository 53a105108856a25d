import { useInfiniteQuery } from '@tanstack/react-query';
import { auditPageSchema } from '@iap/shared';
import { requestJson } from '../../../api/requestJson';

/** Every change to roles, membership, invites or the register adds an entry: invalidate this after one. */
export const auditQueryKey = (slug: string) => ['cities', slug, 'audit'] as const;

const PAGE_SIZE = 30;

/** The city's audit log, newest first, one page at a time. */
export function useAuditLog(slug: string) {
  return useInfiniteQuery({
    queryKey: auditQueryKey(slug),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam !== null) query.set('before', String(pageParam));
      return requestJson(`/api/cities/${encodeURIComponent(slug)}/audit?${query.toString()}`, auditPageSchema);
    },
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextBefore,
  });
}
