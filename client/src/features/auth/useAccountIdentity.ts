import { useMemo } from 'react';
import type { Identity } from '../identity/identityStore';
import { accountColor } from './accountColor';
import { useMe } from './useMe';

export type AccountIdentity =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; identity: Identity };

/** The signed-in person's name and colour as shown to others (presence, carets, avatars). */
export function useAccountIdentity(): AccountIdentity {
  const { data, isPending } = useMe();
  const userId = data?.user.id;
  const name = data?.user.name;
  // One object per account, so effects that publish the identity run only when it changes.
  const identity = useMemo(() => (userId && name ? { name, color: accountColor(userId) } : null), [userId, name]);
  if (identity) return { status: 'signed-in', identity };
  // A failed /api/me counts as signed out: the picker still lets the person write.
  return isPending ? { status: 'loading' } : { status: 'signed-out' };
}
