import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@iap/shared';
import { signIn } from './authApi';
import { switchAccount } from './accountCache';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => signIn(credentials),
    onSuccess: (me) => switchAccount(queryClient, me),
  });
}
