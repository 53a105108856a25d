import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDocumentVisibility } from '@mantine/hooks';
import { NOTIFICATIONS_CHANGED_EVENT, type NotificationList } from '@iap/shared';
import { NOTIFICATIONS_STREAM_URL, notificationsApi } from './notificationsApi';

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

/**
 * A backstop only: the event stream brings changes at once. This catches what a stream on
 * another server instance, or one that silently stalled, would miss.
 */
const REFETCH_INTERVAL_MS = 60_000;

/**
 * The signed-in person's notifications, kept live by the server's event stream while the tab is
 * visible. A hidden tab closes its stream: over HTTP/1.1 a browser opens at most six connections
 * to a host, and a stream per forgotten tab would starve the others. Coming back opens it again,
 * and its first event refetches what changed meanwhile.
 */
export function useNotifications(enabled: boolean) {
  const queryClient = useQueryClient();
  const visibility = useDocumentVisibility();
  const live = enabled && visibility === 'visible';
  const query = useQuery({
    queryKey: NOTIFICATIONS_QUERY_KEY,
    queryFn: notificationsApi.list,
    enabled,
    staleTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: REFETCH_INTERVAL_MS,
  });

  useEffect(() => {
    if (!live) return undefined;
    // EventSource reconnects by itself; the server sends one event on every (re)connection.
    const source = new EventSource(NOTIFICATIONS_STREAM_URL);
    const refetch = (): void => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
    source.addEventListener(NOTIFICATIONS_CHANGED_EVENT, refetch);
    return () => source.close();
  }, [live, queryClient]);

  return query;
}

/** Marks notifications read, showing it at once (the count drops before the server answers). */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: notificationsApi.markRead,
    onMutate: (ids: string[]) => {
      const readAt = new Date().toISOString();
      queryClient.setQueryData<NotificationList>(NOTIFICATIONS_QUERY_KEY, (list) => {
        if (!list) return list;
        const marking = new Set(ids);
        const notifications = list.notifications.map((item) => (marking.has(item.id) && !item.readAt ? { ...item, readAt } : item));
        const newlyRead = list.notifications.filter((item) => marking.has(item.id) && !item.readAt).length;
        return { notifications, unreadCount: Math.max(0, list.unreadCount - newlyRead) };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
