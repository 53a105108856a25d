import { useMutation } from '@tanstack/react-query';
import { signOut } from './authApi';

/**
 * Ends the session on the server, then loads the sign-in page afresh: a full load drops every
 * cached answer, open socket and editor of the account that just left, in one step.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => window.location.replace('/login'),
  });
}
