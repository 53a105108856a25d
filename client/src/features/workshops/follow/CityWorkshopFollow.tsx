import { useQueries, useQuery } from '@tanstack/react-query';
import { useWorkshopEvents, workshopKeys, workshopsApi } from '../workshopsApi';
import { FollowBar } from './FollowBar';
import { useFollowFacilitator } from './useFollowFacilitator';
import './follow.css';

/** A session may start while the plan is open: the city's list is asked again this often. */
const LIST_REFRESH_MS = 60_000;

/**
 * On a city's plan page: a signed-in member who joined a running session of the city follows
 * its facilitator there too (the same bar as on the session's own plan page).
 */
export function CityWorkshopFollow({ citySlug }: { citySlug: string }) {
  const list = useQuery({ queryKey: workshopKeys.list(citySlug), queryFn: () => workshopsApi.list(citySlug), refetchInterval: LIST_REFRESH_MS });
  const runningIds = (list.data?.workshops ?? []).filter((workshop) => workshop.status === 'running').map((workshop) => workshop.id);
  // Usually one; when several run at once, the one this person joined.
  const running = useQueries({
    queries: runningIds.map((id) => ({ queryKey: workshopKeys.session(id), queryFn: () => workshopsApi.get(id), retry: false })),
  });
  const joined = running.find((query) => query.data?.me)?.data;
  useWorkshopEvents(joined?.id ?? '', joined !== undefined);
  const follow = useFollowFacilitator(joined);
  if (!follow.active) return null;
  return (
    <div className="workshop-follow-space">
      <FollowBar follow={follow} />
    </div>
  );
}
