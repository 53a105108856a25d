import { useMutation, useQuery } from '@tanstack/react-query';
import {
  exportJobCreatedSchema,
  exportJobStatusSchema,
  type ExportFormat,
  type ExportJobRequest,
  type Language,
} from '@iap/shared';
import { requestJson } from '../../api/requestJson';

/**
 * The download address of one plan in one format: a plain link, so the browser saves the file.
 * `language`: the interface's, so the file's fixed texts read as the screen does (the server
 * falls back to the account's language, then the city's, without it).
 */
export function planExportUrl(documentName: string, format: ExportFormat, language: Language | null): string {
  return `/api/documents/${encodeURIComponent(documentName)}/export?format=${format}${language ? `&lang=${language}` : ''}`;
}

export function exportJobFileUrl(id: string): string {
  return `/api/exports/${encodeURIComponent(id)}/file`;
}

/** Starts an all-plans export; resolves with the job's id. */
export function useStartExportJob() {
  return useMutation({
    mutationFn: async (request: ExportJobRequest) =>
      (await requestJson('/api/exports', exportJobCreatedSchema, { method: 'POST', body: request })).id,
  });
}

/** A job's progress, asked again every half second while it runs. */
export function useExportJobStatus(id: string | null) {
  return useQuery({
    queryKey: ['exports', id],
    enabled: id !== null,
    queryFn: () => requestJson(`/api/exports/${encodeURIComponent(id ?? '')}`, exportJobStatusSchema),
    refetchInterval: (query) => (query.state.data?.status === 'running' || !query.state.data ? 500 : false),
    retry: false,
  });
}
