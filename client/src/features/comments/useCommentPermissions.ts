import { useCity } from '../cities/citiesApi';

export interface CommentPermissions {
  canComment: boolean;
  canModerate: boolean;
}

/**
 * What the signed-in person may do with comments in this city (from the server's policy). Apart
 * from useCommentContext: the plan needs only this before the comments panel loads.
 */
export function useCommentPermissions(citySlug: string): CommentPermissions {
  const permissions = useCity(citySlug).data?.permissions ?? [];
  return { canComment: permissions.includes('comment.write'), canModerate: permissions.includes('comment.moderate') };
}
