import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_COMMENTS_CHANGED, type CommentThread } from '@iap/shared';
import type { CollabSession } from '../editor/CollabSession';
import { commentsApi } from './commentsApi';

export const threadsQueryKey = (documentName: string) => ['documents', documentName, 'comments'] as const;

/**
 * Calls `onChange` whenever the server says the document's comments changed (message type
 * 101, sent because our provider connects with ack=1). Returns the function that stops it.
 */
function listenForCommentChanges(provider: WebsocketProvider, onChange: () => void): () => void {
  provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = () => onChange();
  // Leave a no-op behind: the stock client logs every frame type it has no handler for.
  return () => {
    provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = () => undefined;
  };
}

/** The comment threads of a document, refetched live whenever anyone changes one. */
export function useCommentThreads(session: CollabSession): { threads: CommentThread[]; error: Error | null } {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: threadsQueryKey(session.name), queryFn: () => commentsApi.list(session.name) });

  useEffect(
    () =>
      listenForCommentChanges(session.provider, () => {
        void queryClient.invalidateQueries({ queryKey: threadsQueryKey(session.name) });
      }),
    [session, queryClient],
  );

  return { threads: query.data ?? [], error: query.error };
}
