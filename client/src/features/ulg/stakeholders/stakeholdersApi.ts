import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  stakeholderSchema,
  stakeholdersResponseSchema,
  stakeholderSummarySchema,
  type StakeholderCreate,
  type StakeholderPatch,
} from '@iap/shared';
import { requestJson } from '../../../api/requestJson';
import { auditQueryKey } from '../activity/auditApi';

const registerPath = (slug: string) => `/api/cities/${encodeURIComponent(slug)}/stakeholders`;

/** Shared with the IAP's partner picker, so a change here refreshes it too. */
const registerKey = (slug: string) => ['cities', slug, 'stakeholders'] as const;

/** The register as the caller may see it (`complete` false: consenting people only, no contacts). */
export function useStakeholders(slug: string) {
  return useQuery({ queryKey: registerKey(slug), queryFn: () => requestJson(registerPath(slug), stakeholdersResponseSchema) });
}

/** Counts by sector and gender over the whole register. */
export function useStakeholderSummary(slug: string) {
  return useQuery({
    queryKey: [...registerKey(slug), 'summary'],
    queryFn: () => requestJson(`${registerPath(slug)}/summary`, stakeholderSummarySchema),
  });
}

export function stakeholdersCsvUrl(slug: string): string {
  return `/api/cities/${encodeURIComponent(slug)}/stakeholders.csv`;
}

/** Create, update and delete; each refreshes the register, its summary and the IAP's picker. */
export function useStakeholderMutations(slug: string) {
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: registerKey(slug) }),
      queryClient.invalidateQueries({ queryKey: auditQueryKey(slug) }),
    ]);
  };
  const create = useMutation({
    mutationFn: (input: StakeholderCreate) => requestJson(registerPath(slug), stakeholderSchema, { method: 'POST', body: input }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: StakeholderPatch }) =>
      requestJson(`${registerPath(slug)}/${encodeURIComponent(id)}`, stakeholderSchema, { method: 'PATCH', body: patch }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (id: string) => requestJson(`${registerPath(slug)}/${encodeURIComponent(id)}`, null, { method: 'DELETE' }),
    onSuccess,
  });
  return { create, update, remove };
}
