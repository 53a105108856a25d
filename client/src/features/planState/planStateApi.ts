import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { planStateInfoSchema, type MovePlanState } from '@iap/shared';
import { requestJson } from '../../api/requestJson';
import { versionsQueryKey } from '../versions/versionsApi';

export const planStateQueryKey = (documentName: string) => ['documents', documentName, 'state'] as const;

const stateUrl = (documentName: string) => `/api/documents/${encodeURIComponent(documentName)}/state`;

/**
 * The plan's state, its history and the moves the caller may make. Polled slowly: another
 * person's move (finalizing, reopening) changes whether this tab may write, and nothing else
 * tells an open page.
 */
export function usePlanState(documentName: string, enabled = true) {
  return useQuery({
    queryKey: planStateQueryKey(documentName),
    enabled,
    queryFn: () => requestJson(stateUrl(documentName), planStateInfoSchema),
    refetchInterval: 30_000,
  });
}

/** Moves the plan to another state; a move also creates a version, so both lists are refreshed. */
export function useMovePlanState(documentName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (move: MovePlanState) => requestJson(stateUrl(documentName), planStateInfoSchema, { method: 'POST', body: move }),
    onSuccess: (info) => {
      queryClient.setQueryData(planStateQueryKey(documentName), info);
      void queryClient.invalidateQueries({ queryKey: planStateQueryKey(documentName) });
      void queryClient.invalidateQueries({ queryKey: versionsQueryKey(documentName) });
    },
  });
}
