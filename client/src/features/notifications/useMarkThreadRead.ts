import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { notificationsApi } from './notificationsApi';
import { NOTIFICATIONS_QUERY_KEY, useMarkNotificationsRead } from './useNotifications';

/**
 * Marks read the notifications about the thread on screen: seeing the thread is reading them,
 * whether it was opened from the bell or by clicking its highlight in the plan.
 */
export function useMarkThreadRead(threadId: string | null): void {
  // Reads what the header's bell keeps fresh; this observer never fetches by itself.
  const { data } = useQuery({ queryKey: NOTIFICATIONS_QUERY_KEY, queryFn: notificationsApi.list, enabled: false });
  const { mutate } = useMarkNotificationsRead();
  // Each id is sent once: a failed request must not turn into a loop of retries.
  const sent = useRef(new Set<string>());
  useEffect(() => {
    const ids = (data?.notifications ?? [])
      .filter((item) => item.threadId === threadId && !item.readAt && !sent.current.has(item.id))
      .map((item) => item.id);
    if (ids.length === 0) return;
    for (const id of ids) sent.current.add(id);
    mutate(ids);
  }, [data, threadId, mutate]);
}
