import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Poll } from '@iap/shared';
import { workshopKeys, type LiveWorkshop } from './workshopsApi';

/** A moment after the server's clock passes `closesAt`, so the answer surely reads the poll as closed. */
const AFTER_CLOSING_MS = 500;

/**
 * Refetches the polls when a timed one closes. Only the clock closes it, and the server's reminder
 * on the event stream comes from the instance that created the poll: if that instance restarted
 * or went away, nobody would be told. Each screen keeps its own appointment, on the server's clock
 * (the gap to this device's clock as in useCountdown), so results appear on time regardless.
 */
export function useRefetchWhenPollsClose(workshop: LiveWorkshop, polls: Poll[] | undefined): void {
  const queryClient = useQueryClient();
  const offset = Date.parse(workshop.serverNow) - workshop.receivedAt;
  // The earliest closing still ahead: one timer at a time, set again after each refetch.
  const next = (polls ?? [])
    .filter((poll) => !poll.closed && poll.closesAt !== null)
    .map((poll) => Date.parse(poll.closesAt as string))
    .reduce<number | null>((earliest, at) => (earliest === null || at < earliest ? at : earliest), null);
  useEffect(() => {
    if (next === null) return undefined;
    const wait = Math.max(0, next - (Date.now() + offset)) + AFTER_CLOSING_MS;
    const timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: workshopKeys.polls(workshop.id) }), wait);
    return () => clearTimeout(timer);
  }, [next, offset, queryClient, workshop.id]);
}
