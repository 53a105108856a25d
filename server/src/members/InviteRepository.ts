import type { CityRole } from '@iap/shared';
import type { AuditRecord } from '../audit/AuditLog.js';
import type { NewUser } from '../auth/UserRepository.js';

export interface InviteRecord {
  id: string;
  tokenHash: string;
  citySlug: string;
  role: CityRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
  revokedAt: string | null;
}

export type NewInvite = Omit<InviteRecord, 'usedAt' | 'usedBy' | 'revokedAt'>;

export interface PendingInviteListing {
  id: string;
  role: CityRole;
  createdById: string;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
}

/** Who takes up an invite: an account that exists, or a new one created in the same transaction. */
export type InviteJoiner = { kind: 'existing'; userId: string } | { kind: 'new'; user: NewUser };

export interface InviteAcceptance {
  inviteId: string;
  joiner: InviteJoiner;
  /** ISO-8601 UTC: the invite's `used_at`, the membership's `joined_at` and the audit rows' `at`. */
  now: string;
  /** Written last, in the same transaction (the caller knows the invite: it read it to check it). */
  audit: readonly AuditRecord[];
}

export type InviteAcceptOutcome =
  /** Everything written: the account (when new), the invite used, the membership, the audit entries. */
  | { outcome: 'accepted'; userId: string; citySlug: string; role: CityRole }
  /** A new account's e-mail is taken by another account. Nothing written. */
  | { outcome: 'email_taken' }
  /** The existing account already has a role in the invite's city. Nothing written. */
  | { outcome: 'already_member' }
  /** The invite is unknown, used, withdrawn or expired at `now` (one of two racing acceptances loses here). Nothing written. */
  | { outcome: 'not_usable' };

export type InviteRevocation = { outcome: 'revoked' } | { outcome: 'not_pending' };

/**
 * Invite links (table `invites`). Only the token's hash is stored; the token is shown once, at
 * creation. Every write is one transaction the repository owns, with its audit rows, so a change
 * never lands without its entry and a check that must see the stored state is made inside it.
 */
export interface InviteRepository {
  /** Inserts the invite and the audit entries (stamped with `invite.createdAt`) in one transaction. */
  create(invite: NewInvite, audit: readonly AuditRecord[]): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InviteRecord | null>;
  /** The invite with this id if it belongs to the city, else null. */
  findInCity(id: string, citySlug: string): Promise<InviteRecord | null>;
  /**
   * The city's invites neither used nor withdrawn that expire after `now`, with their creator's
   * name, newest first (`created_at` descending, then `id` descending).
   */
  listPending(citySlug: string, now: string): Promise<PendingInviteListing[]>;
  /**
   * Takes up the invite in ONE transaction, checking in this order and stopping with nothing
   * written at the first that fails:
   * 1. new account: no account has its e-mail (`email_taken`; the unique constraint decides a race);
   *    then its row is inserted (enabled, locale null);
   *    existing account: it has no membership in the invite's city (`already_member`);
   * 2. the invite is marked used (`used_at = now`, `used_by` = the joiner) only where it is
   *    unused, not withdrawn and `expires_at > now`, as one conditional UPDATE: of two racing
   *    acceptances exactly one changes the row, the other gets `not_usable`;
   * 3. the membership (the invite's city and role, `joined_at = now`) and the audit entries
   *    (stamped `now`) are inserted.
   */
  accept(acceptance: InviteAcceptance): Promise<InviteAcceptOutcome>;
  /**
   * Withdraws the invite (`revoked_at = now`) if it is neither used nor withdrawn, with the audit
   * entries (stamped `now`), in one transaction; `not_pending` (nothing written) otherwise.
   * Expiry does not matter: an expired invite can still be withdrawn.
   */
  revoke(id: string, now: string, audit: readonly AuditRecord[]): Promise<InviteRevocation>;
}
