import type { CityRole } from '@iap/shared';

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

/**
 * What runs with an invite's use in the same unit of work: `before` (checks, the new account's
 * row) ahead of marking it used, `after` (the membership, the audit entries) once it is. A step
 * that throws undoes the whole unit.
 */
export interface InviteUseSteps {
  before?: () => void;
  after?: () => void;
}

/**
 * Invite links. Only the token's hash is stored; the token is shown once, at creation.
 * Asynchronous, the shape a PostgreSQL implementation needs. A multi-row write is one unit of
 * work the repository owns; `alongside` runs inside it (the audit entry, written through the
 * AuditLog, which joins the unit), so a change never lands without its entry.
 */
export interface InviteRepository {
  create(invite: NewInvite, alongside?: () => void): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<InviteRecord | null>;
  findInCity(id: string, citySlug: string): Promise<InviteRecord | null>;
  listPending(citySlug: string, now: string): Promise<PendingInviteListing[]>;
  /**
   * Marks the invite used by `usedBy`, once: of two racing acceptances only one wins. Resolves
   * false, with nothing written (`before` undone too), when it was used, withdrawn or expired.
   */
  markUsed(id: string, usedBy: string, now: string, steps?: InviteUseSteps): Promise<boolean>;
  /** Withdraws an unused invite, `alongside` in the same unit; false (nothing written) when it was used or withdrawn. */
  revoke(id: string, now: string, alongside?: () => void): Promise<boolean>;
}
