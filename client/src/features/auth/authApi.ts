import { ErrorCode, meSchema, type LoginRequest, type Me, type UpdateMeRequest } from '@iap/shared';
import { isApiError } from '../../api/ApiRequestError';
import { requestJson } from '../../api/requestJson';

/** Who is signed in, or null for a visitor (the API answers 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await requestJson('/api/me', meSchema);
  } catch (error) {
    if (isApiError(error, ErrorCode.unauthenticated)) return null;
    throw error;
  }
}

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
