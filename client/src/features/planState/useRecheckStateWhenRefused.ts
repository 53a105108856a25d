import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { planStateQueryKey } from './planStateApi';

/**
 * The server refused this tab's changes: the likeliest reason is that someone finalized the
 * plan meanwhile, so its state is asked again at once (the banner then says why) instead of
 * at the next poll.
 */
export function useRecheckStateWhenRefused(documentName: string, writeRefused: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (writeRefused) void queryClient.invalidateQueries({ queryKey: planStateQueryKey(documentName) });
  }, [queryClient, documentName, writeRefused]);
}
