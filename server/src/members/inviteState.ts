import { ErrorCode } from '@iap/shared';
import { AppError } from '../errors.js';
import type { InviteRecord } from './InviteRepository.js';

/**
 * Throws unless the invite can still be accepted: 404 for an unknown token, 410 for one that
 * is used, revoked or expired. The error names the field `token`.
 */
export function assertInviteUsable(invite: InviteRecord | null, nowIso: string): asserts invite is InviteRecord {
  if (!invite) throw new AppError(ErrorCode.notFound, 'This invite link is not valid', 'token');
  if (invite.usedAt) throw new AppError(ErrorCode.gone, 'This invite link has already been used', 'token');
  if (invite.revokedAt) throw new AppError(ErrorCode.gone, 'This invite link was withdrawn', 'token');
  if (invite.expiresAt <= nowIso) throw new AppError(ErrorCode.gone, 'This invite link has expired', 'token');
}
