import type { CityRole, Me, Principal } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import { MembershipRepository } from '../members/MembershipRepository.js';
import { UserRepository, type UserRecord } from './UserRepository.js';

export interface Account {
  user: UserRecord;
  principal: Principal;
}

/**
 * Turns an account id into the Principal the access policy decides on. Read fresh on every
 * request and every regrant, so a role change applies at once without a cache to invalidate.
 */
export class PrincipalDirectory {
  private readonly users: UserRepository;
  private readonly memberships: MembershipRepository;

  constructor(db: Db) {
    this.users = new UserRepository(db);
    this.memberships = new MembershipRepository(db);
  }

  /** The account and its roles, or null when it does not exist or is disabled. */
  load(userId: string): Account | null {
    const user = this.users.findById(userId);
    if (!user || user.disabled) return null;
    const cityRoles: Record<string, CityRole> = {};
    for (const membership of this.memberships.rolesOf(userId)) cityRoles[membership.citySlug] = membership.role;
    return { user, principal: { id: user.id, networkRole: user.networkRole, cityRoles } };
  }
}

/** The `GET /api/me` body of an account. */
export function describeAccount(account: Account): Me {
  const { user, principal } = account;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    networkRole: principal.networkRole,
    cityRoles: { ...principal.cityRoles },
  };
}
