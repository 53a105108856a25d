import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  inviteCreatedSchema,
  membersResponseSchema,
  pendingInvitesResponseSchema,
  type CityRole,
} from '@iap/shared';
import { requestJson } from '../../../api/requestJson';
import { auditQueryKey } from '../activity/auditApi';

const cityPath = (slug: string) => `/api/cities/${encodeURIComponent(slug)}`;
const membersKey = (slug: string) => ['cities', slug, 'members'] as const;
const invitesKey = (slug: string) => ['cities', slug, 'invites'] as const;

export function useMembers(slug: string) {
  return useQuery({
    queryKey: membersKey(slug),
    queryFn: async () => (await requestJson(`${cityPath(slug)}/members`, membersResponseSchema)).members,
  });
}

export function useMemberMutations(slug: string) {
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: membersKey(slug) }),
      queryClient.invalidateQueries({ queryKey: auditQueryKey(slug) }),
    ]);
  };
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: CityRole }) =>
      requestJson(`${cityPath(slug)}/members/${encodeURIComponent(userId)}`, null, { method: 'PATCH', body: { role } }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => requestJson(`${cityPath(slug)}/members/${encodeURIComponent(userId)}`, null, { method: 'DELETE' }),
    onSuccess,
  });
  return { changeRole, remove };
}

/** Invites nobody has used yet (the links themselves are shown only once, when created). */
export function usePendingInvites(slug: string) {
  return useQuery({
    queryKey: invitesKey(slug),
    queryFn: async () => (await requestJson(`${cityPath(slug)}/invites`, pendingInvitesResponseSchema)).invites,
  });
}

export function useInviteMutations(slug: string) {
  const queryClient = useQueryClient();
  const onSuccess = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: invitesKey(slug) }),
      queryClient.invalidateQueries({ queryKey: auditQueryKey(slug) }),
    ]);
  };
  const create = useMutation({
    mutationFn: (role: CityRole) => requestJson(`${cityPath(slug)}/invites`, inviteCreatedSchema, { method: 'POST', body: { role } }),
    onSuccess,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => requestJson(`${cityPath(slug)}/invites/${encodeURIComponent(id)}`, null, { method: 'DELETE' }),
    onSuccess,
  });
  return { create, revoke };
}
