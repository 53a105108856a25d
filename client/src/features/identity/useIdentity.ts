import { useSyncExternalStore } from 'react';
import { readIdentity, saveDisplayName, subscribeIdentity, type Identity } from './identityStore';
import { useAccountIdentity } from '../auth/useAccountIdentity';

export interface IdentityState {
  /** Null until the person has chosen a display name (or while the account is being checked). */
  identity: Identity | null;
  /** 'account': the name comes from the signed-in account and the picker is not offered. */
  source: 'account' | 'picker' | 'pending';
  setDisplayName: (name: string) => void;
}

/**
 * The current person's display name and stable colour; the one place the app asks "who is this?".
 * A signed-in account wins; the picked display name serves visitors (an open-access server).
 */
export function useIdentity(): IdentityState {
  const picked = useSyncExternalStore(subscribeIdentity, readIdentity);
  const account = useAccountIdentity();
  if (account.status === 'signed-in') return { identity: account.identity, source: 'account', setDisplayName: saveDisplayName };
  if (account.status === 'loading') return { identity: null, source: 'pending', setDisplayName: saveDisplayName };
  return { identity: picked, source: 'picker', setDisplayName: saveDisplayName };
}
