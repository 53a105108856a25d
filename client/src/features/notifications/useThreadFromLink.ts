import { useEffect, useEffectEvent } from 'react';
import { useSearchParams } from '../../app/routing/useSearchParams';
import { THREAD_QUERY_PARAM } from '@iap/shared';

/**
 * Opens the thread a notification link names (`?thread=<id>`) once the plan's threads have
 * loaded, then drops the parameter: the next link to the same thread opens it again, and
 * a reload does not.
 */
export function useThreadFromLink(threads: readonly { id: string }[], open: (threadId: string) => void): void {
  const [params, setParams] = useSearchParams();
  const threadId = params.get(THREAD_QUERY_PARAM);
  const loaded = threadId !== null && threads.some((thread) => thread.id === threadId);
  const onOpen = useEffectEvent(open);
  useEffect(() => {
    if (!threadId || !loaded) return;
    onOpen(threadId);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(THREAD_QUERY_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [threadId, loaded, setParams]);
}
