import type { AccessAction, CityPolicySettings, CityRole, NetworkRole, Principal } from '@iap/shared';
import { ErrorCode } from '@iap/shared';
import { AppError } from '../errors.js';

const EVERY_CITY_ROLE: readonly CityRole[] = ['coordinator', 'facilitator', 'member', 'observer'];
const EDITORS: readonly CityRole[] = ['coordinator', 'facilitator', 'member'];

/**
 * The one table of who may do what in a city. Network roles apply to every city;
 * `comment.write` for observers also depends on the city's setting (see `can`).
 */
const CITY_RULES: Record<AccessAction, { city: readonly CityRole[]; network: readonly NetworkRole[] }> = {
  'city.read': { city: EVERY_CITY_ROLE, network: ['admin', 'lead_partner'] },
  'iap.read': { city: EVERY_CITY_ROLE, network: ['admin', 'lead_partner'] },
  'iap.edit': { city: EDITORS, network: ['admin'] },
  'comment.write': { city: EDITORS, network: ['admin', 'lead_partner'] },
  'comment.moderate': { city: ['coordinator'], network: ['admin'] },
  'members.read': { city: EVERY_CITY_ROLE, network: ['admin', 'lead_partner'] },
  'members.manage': { city: ['coordinator'], network: ['admin'] },
  // Facilitators run workshops and bring people in, but only as members or observers (see invitableRoles).
  'members.invite': { city: ['coordinator', 'facilitator'], network: ['admin'] },
  'stakeholders.read': { city: EVERY_CITY_ROLE, network: ['admin', 'lead_partner'] },
  'stakeholders.manage': { city: ['coordinator', 'facilitator'], network: ['admin'] },
  'audit.read': { city: ['coordinator'], network: ['admin', 'lead_partner'] },
  'workshop.run': { city: ['coordinator', 'facilitator'], network: ['admin'] },
  'iap.state': { city: ['coordinator'], network: ['admin'] },
  'iap.review': { city: [], network: ['admin', 'lead_partner'] },
  'iap.export': { city: ['coordinator'], network: ['admin', 'lead_partner'] },
  // No city role grants it: it spans every city of the network (assertCanInNetwork).
  'export.all': { city: [], network: ['admin', 'lead_partner'] },
  'network.dashboard': { city: [], network: ['admin', 'lead_partner'] },
  'city.settings': { city: ['coordinator'], network: ['admin'] },
};

/** Whether `principal` may do `action` in the city `citySlug`. Pure: no I/O. */
export function can(
  principal: Principal | null,
  action: AccessAction,
  citySlug: string,
  settings: CityPolicySettings = { observersCanComment: false },
): boolean {
  if (!principal) return false;
  const rule = CITY_RULES[action];
  if (principal.networkRole && rule.network.includes(principal.networkRole)) return true;
  const role = principal.cityRoles[citySlug];
  if (!role) return false;
  if (rule.city.includes(role)) return true;
  return action === 'comment.write' && role === 'observer' && settings.observersCanComment;
}

/**
 * Throws the right AppError when `can` says no: 401 without a principal, 404 when the
 * caller may not even see the city (so city membership does not leak), 403 otherwise.
 */
export function assertCan(
  principal: Principal | null,
  action: AccessAction,
  citySlug: string,
  settings?: CityPolicySettings,
): asserts principal is Principal {
  if (!principal) throw new AppError(ErrorCode.unauthenticated, 'Sign in first');
  if (can(principal, action, citySlug, settings)) return;
  if (!can(principal, 'city.read', citySlug)) throw new AppError(ErrorCode.notFound, 'No such city');
  throw new AppError(ErrorCode.forbidden, `Your role does not allow ${action}`);
}

/** Throws unless a network role of `principal` allows `action`: 401 anonymous, 403 otherwise. */
export function assertCanInNetwork(principal: Principal | null, action: AccessAction): asserts principal is Principal {
  if (!principal) throw new AppError(ErrorCode.unauthenticated, 'Sign in first');
  const networkRole = principal.networkRole;
  if (networkRole && CITY_RULES[action].network.includes(networkRole)) return;
  throw new AppError(ErrorCode.forbidden, `Your role does not allow ${action}`);
}

/**
 * The roles `principal` may hand out by invite in a city: every role with `members.manage`,
 * only member and observer with `members.invite` alone (a facilitator cannot mint coordinators).
 */
export function invitableRoles(principal: Principal | null, citySlug: string): CityRole[] {
  if (can(principal, 'members.manage', citySlug)) return [...EVERY_CITY_ROLE];
  if (can(principal, 'members.invite', citySlug)) return ['member', 'observer'];
  return [];
}

/** Throws like assertCan unless `principal` may invite (or revoke an invite) with `role`. */
export function assertCanInvite(principal: Principal | null, citySlug: string, role: CityRole): asserts principal is Principal {
  assertCan(principal, 'members.invite', citySlug);
  if (!invitableRoles(principal, citySlug).includes(role)) {
    throw new AppError(ErrorCode.forbidden, `Your role cannot invite a ${role}`, 'role');
  }
}
