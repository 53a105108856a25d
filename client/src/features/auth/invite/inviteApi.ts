import { inviteAcceptedSchema, invitePreviewSchema, type InviteAcceptNewAccount, type InviteAccepted, type InvitePreview } from '@iap/shared';
import { requestJson } from '../../../api/requestJson';

const invitePath = (token: string) => `/api/invites/${encodeURIComponent(token)}`;

/** What the invite would give (city and role); public, the token is the credential. */
export function fetchInvitePreview(token: string): Promise<InvitePreview> {
  return requestJson(invitePath(token), invitePreviewSchema);
}

/** Accepts the invite with a new account, or (with null) for the account signed in now. */
export function acceptInvite(token: string, newAccount: InviteAcceptNewAccount | null): Promise<InviteAccepted> {
  return requestJson(`${invitePath(token)}/accept`, inviteAcceptedSchema, { method: 'POST', body: newAccount ?? {} });
}
