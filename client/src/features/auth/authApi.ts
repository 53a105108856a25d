import { meSchema, type LoginRequest, type Me, type UpdateMeRequest } from '@iap/shared';
import { requestJson } from '../../api/requestJson';

export function signIn(credentials: LoginRequest): Promise<Me> {
  return requestJson('/api/auth/login', meSchema, { method: 'POST', body: credentials });
}

export function signOut(): Promise<void> {
  return requestJson('/api/auth/logout', null, { method: 'POST' });
}

/** Changes what a person may change about their own account (their interface language). */
export function updateMe(change: UpdateMeRequest): Promise<Me> {
  return requestJson('/api/me', meSchema, { method: 'PATCH', body: change });
}
