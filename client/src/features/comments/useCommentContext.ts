import type { Member } from '@iap/shared';
import { useMe } from '../currentUser/useMe';
import { useCity } from '../cities/citiesApi';
import { useMembers } from '../ulg/members/membersApi';

export interface CommentContext {
  userId: string | null;
  members: Member[];
  canComment: boolean;
  canModerate: boolean;
}

/** The signed-in person and what they may do with comments in this city (from the server's policy). */
export function useCommentContext(citySlug: string): CommentContext {
  const me = useMe();
  const city = useCity(citySlug);
  const members = useMembers(citySlug);
  const permissions = city.data?.permissions ?? [];
  return {
    userId: me.data?.user.id ?? null,
    members: members.data ?? [],
    canComment: permissions.includes('comment.write'),
    canModerate: permissions.includes('comment.moderate'),
  };
}
