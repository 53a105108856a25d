import type { CityRole } from '@iap/shared';
import type { AuditRecord } from '../audit/AuditLog.js';

export interface MembershipRecord {
  userId: string;
  citySlug: string;
  role: CityRole;
  joinedAt: string;
}

export interface MemberListing extends MembershipRecord {
  name: string;
  email: string;
}

export type MembershipAddition = { outcome: 'added' } | { outcome: 'already_member' };

export type RoleChange =
  /** Written with its audit entries; `previous` is the membership before. */
  | { outcome: 'changed'; previous: MembershipRecord; membership: MembershipRecord }
  /** The member already has this role: nothing written, no audit entry. */
  | { outcome: 'unchanged'; membership: MembershipRecord }
  | { outcome: 'not_member' }
  /** The member is the city's only coordinator and would stop being one: nothing written. */
  | { outcome: 'last_coordinator' };

export type MembershipRemoval =
  | { outcome: 'removed'; previous: MembershipRecord }
  | { outcome: 'not_member' }
  /** The member is the city's only coordinator: nothing written. */
  | { outcome: 'last_coordinator' };

/**
 * City roles (table `memberships`, one row per account and city). Stores that write audit rows
 * stamp them with the Clock they were given at construction.
 *
 * The rule "a city keeps at least one coordinator" is checked inside the transaction of
 * `changeRole` and `remove`: with the city's coordinator rows read in that transaction
 * (PostgreSQL: `SELECT … FOR UPDATE` on the city's coordinator memberships, or a lock on the city
 * row), two concurrent demotions of the last two coordinators cannot both pass.
 */
export interface MembershipRepository {
  /** Every membership of an account, in no particular order. */
  rolesOf(userId: string): Promise<MembershipRecord[]>;
  find(userId: string, citySlug: string): Promise<MembershipRecord | null>;
  /**
   * The members of a city whose accounts are not disabled, with name and e-mail, ordered by role
   * (coordinator, facilitator, member, observer), then by name compared byte-wise (SQLite's
   * BINARY collation; PostgreSQL `COLLATE "C"`).
   */
  listCity(citySlug: string): Promise<MemberListing[]>;
  /** Inserts the membership with the audit entries in one transaction; nothing when one exists for this account and city. */
  add(membership: MembershipRecord, audit: readonly AuditRecord[]): Promise<MembershipAddition>;
  /**
   * Gives the member `role`, in one transaction with the entries `audit(previous)` returns (a
   * pure function, called only when the role changes). Checks, in this order, inside it:
   * the membership exists; the role differs; a coordinator losing the role is not the last one.
   */
  changeRole(userId: string, citySlug: string, role: CityRole, audit: (previous: MembershipRecord) => AuditRecord[]): Promise<RoleChange>;
  /**
   * Deletes the membership in one transaction with the entries `audit(previous)` returns (called
   * only when it is deleted). Checks inside it: the membership exists; a coordinator is not the last one.
   */
  remove(userId: string, citySlug: string, audit: (previous: MembershipRecord) => AuditRecord[]): Promise<MembershipRemoval>;
}
