import { useQuery } from '@tanstack/react-query';
import { useWorkshopEvents, workshopKeys, workshopsApi } from '../workshopsApi';
import { FollowBar } from './FollowBar';
import { useFollowFacilitator } from './useFollowFacilitator';
import './follow.css';

const LIST_REFRESH_MS = 60_000;

/**
 * On a city's plan page: a signed-in member who joined a running session of the city follows
 * its facilitator there too (the same bar as on the session's own plan page).
 */
export function CityWorkshopFollow({ citySlug }: { citySlug: string }) {
  // Asked again now and then: a session may start while the plan is open.
  const list = useQuery({ queryKey: workshopKeys.list(citySlug), queryFn: () => workshopsApi.list(citySlug), refetchInterval: LIST_REFRESH_MS });
  const runningId = list.data?.workshops.find((workshop) => workshop.status === 'running')?.id ?? null;
  const workshop = useQuery({
    queryKey: workshopKeys.session(runningId ?? ''),
    queryFn: () => workshopsApi.get(runningId ?? ''),
    enabled: runningId !== null,
    retry: false,
  });
  const joined = workshop.data?.me ? workshop.data : undefined;
  useWorkshopEvents(runningId ?? '', joined !== undefined);
  const follow = useFollowFacilitator(joined);
  if (!follow.active) return null;
  return (
    <div className="workshop-follow-space">
      <FollowBar follow={follow} />
    </div>
  );
}
