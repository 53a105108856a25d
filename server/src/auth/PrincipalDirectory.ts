import type { CityRole, Me, Principal } from '@iap/shared';
import type { UserRecord, UserRepository } from './UserRepository.js';

export interface Account {
  user: UserRecord;
  principal: Principal;
}

/**
 * Where an account's city roles are kept (the memberships of members/). Named here, so that
 * auth/ does not import the capability that manages memberships, which itself builds on auth/.
 */
export interface CityRoleSource {
  rolesOf(userId: string): Promise<{ citySlug: string; role: CityRole }[]>;
}

/**
 * Turns an account id into the Principal the access policy decides on. Read fresh on every
 * request and every regrant, so a role change applies at once without a cache to invalidate.
 */
export class PrincipalDirectory {
  constructor(
    private readonly users: Pick<UserRepository, 'findById'>,
    private readonly memberships: CityRoleSource,
  ) {}

  /** The account and its roles, or null when it does not exist or is disabled. */
  async load(userId: string): Promise<Account | null> {
    const user = await this.users.findById(userId);
    if (!user || user.disabled) return null;
    const cityRoles: Record<string, CityRole> = {};
    for (const membership of await this.memberships.rolesOf(userId)) cityRoles[membership.citySlug] = membership.role;
    return { user, principal: { id: user.id, networkRole: user.networkRole, cityRoles } };
  }
}

/** The `GET /api/me` body of an account. */
export function describeAccount(account: { user: Pick<UserRecord, 'id' | 'email' | 'name' | 'locale'>; principal: Principal }): Me {
  const { user, principal } = account;
  return {
    user: { id: user.id, email: user.email, name: user.name },
    networkRole: principal.networkRole,
    cityRoles: { ...principal.cityRoles },
    locale: user.locale,
  };
}
