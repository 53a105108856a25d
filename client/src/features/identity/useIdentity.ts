import { useMemo } from 'react';
import { useMe } from '../currentUser/useMe';
import { accountColor } from './accountColor';
import type { Identity } from './Identity';

/**
 * The signed-in person's name and stable colour as others see them (presence, carets,
 * avatars): the one place the app asks "who is this?". Null while `/api/me` loads and for a
 * visitor; pages that need it sit behind the sign-in guard.
 */
export function useIdentity(): Identity | null {
  const user = useMe().data?.user;
  const userId = user?.id;
  const name = user?.name;
  // One object per account, so effects that publish the identity run only when it changes.
  return useMemo(() => (userId && name ? { id: userId, name, color: accountColor(userId) } : null), [userId, name]);
}
