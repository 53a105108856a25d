import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../currentUser/useMe';
import { threadsQueryKey } from '../useCommentThreads';
import { outboxFor } from './useCommentOutbox';

/**
 * Starts the signed-in person's outbox for this plan as soon as the plan is open, whether or
 * not the comments panel is shown (a phone keeps it in a closed drawer): drafts left by an
 * earlier visit go out by themselves, and the threads are read again when one does. Renders nothing.
 */
export function CommentOutboxSender({ documentName }: { documentName: string }) {
  const userId = useMe().data?.user.id ?? null;
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId) return undefined;
    return outboxFor(userId, documentName).onPosted(() => void queryClient.invalidateQueries({ queryKey: threadsQueryKey(documentName) }));
  }, [userId, documentName, queryClient]);
  return null;
}
