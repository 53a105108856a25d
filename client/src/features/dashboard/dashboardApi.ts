import { useQuery } from '@tanstack/react-query';
import { networkDashboardSchema, planComparisonSchema } from '@iap/shared';
import { requestJson } from '../../api/requestJson';

/** Every city's plan figures (`GET /api/network/dashboard`), for the lead partner and admins. */
export function useNetworkDashboard() {
  return useQuery({
    queryKey: ['network', 'dashboard'],
    queryFn: async () => (await requestJson('/api/network/dashboard', networkDashboardSchema)).cities,
    // 403 will not change by asking again.
    retry: false,
  });
}

/** Two plans side by side (`GET /api/network/compare`); idle until two different cities are chosen. */
export function usePlanComparison(a: string | null, b: string | null) {
  const ready = a !== null && b !== null && a !== b;
  return useQuery({
    queryKey: ['network', 'compare', a, b],
    enabled: ready,
    queryFn: () => requestJson(`/api/network/compare?${new URLSearchParams({ a: a ?? '', b: b ?? '' }).toString()}`, planComparisonSchema),
    retry: false,
  });
}
