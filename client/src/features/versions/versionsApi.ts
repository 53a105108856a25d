import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { versionDiffSchema, versionListSchema, versionSchema } from '@iap/shared';
import { requestJson } from '../../api/requestJson';

/** Every query of a document's versions starts with this key, so one invalidation refreshes list and diffs. */
export const versionsQueryKey = (documentName: string) => ['documents', documentName, 'versions'] as const;

const versionsUrl = (documentName: string) => `/api/documents/${encodeURIComponent(documentName)}/versions`;

/** The document's versions, newest first. */
export function useVersions(documentName: string, enabled = true) {
  return useQuery({
    queryKey: versionsQueryKey(documentName),
    enabled,
    queryFn: async () => (await requestJson(versionsUrl(documentName), versionListSchema)).versions,
  });
}

/** What changed from version `fromId` to `against` (a version id, or 'current' for the live plan). */
export function useVersionDiff(documentName: string, fromId: string | null, against: string) {
  return useQuery({
    queryKey: [...versionsQueryKey(documentName), 'diff', fromId, against],
    enabled: fromId !== null,
    queryFn: () =>
      requestJson(
        `${versionsUrl(documentName)}/${encodeURIComponent(fromId ?? '')}/diff?against=${encodeURIComponent(against)}`,
        versionDiffSchema,
      ),
    // A diff between two stored versions never changes; one against the live plan does, so it is refetched on open.
    staleTime: against === 'current' ? 0 : Infinity,
  });
}

/** Names the plan as it is now ("Draft for ULG meeting 3"). */
export function useNameVersion(documentName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => requestJson(versionsUrl(documentName), versionSchema, { method: 'POST', body: { label } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionsQueryKey(documentName) }),
  });
}

/** Brings a version back as a new change on top of the plan; the editor receives it through the live document. */
export function useRestoreVersion(documentName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) =>
      requestJson(`${versionsUrl(documentName)}/${encodeURIComponent(versionId)}/restore`, versionSchema, { method: 'POST', body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionsQueryKey(documentName) }),
  });
}
