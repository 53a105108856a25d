import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InviteAcceptNewAccount } from '@iap/shared';
import { switchAccount } from '../accountCache';
import { acceptInvite } from './inviteApi';

/** Accepting signs in (a new account) or adds a city (the current one): either way the account changed. */
export function useAcceptInvite(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (newAccount: InviteAcceptNewAccount | null) => acceptInvite(token, newAccount),
    onSuccess: (accepted) => switchAccount(queryClient, accepted.me),
  });
}
