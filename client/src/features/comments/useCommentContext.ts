import type { Member } from '@iap/shared';
import { useMe } from '../currentUser/useMe';
import { useMembers } from '../ulg/members/membersApi';
import { useCommentPermissions, type CommentPermissions } from './useCommentPermissions';

export interface CommentContext extends CommentPermissions {
  userId: string | null;
  members: Member[];
}

/** The signed-in person, the city's members to mention, and what they may do with comments. */
export function useCommentContext(citySlug: string): CommentContext {
  const me = useMe();
  const members = useMembers(citySlug);
  return { userId: me.data?.user.id ?? null, members: members.data ?? [], ...useCommentPermissions(citySlug) };
}
