import * as z from 'zod/mini';

/** Roles a person holds in one city's ULG. */
export const CITY_ROLES = ['coordinator', 'facilitator', 'member', 'observer'] as const;
export const cityRoleSchema = z.enum(CITY_ROLES);
export type CityRole = z.infer<typeof cityRoleSchema>;

/** Roles across the whole network. */
export const NETWORK_ROLES = ['admin', 'lead_partner'] as const;
export const networkRoleSchema = z.enum(NETWORK_ROLES);
export type NetworkRole = z.infer<typeof networkRoleSchema>;

/** Everything the access policy decides; one name per kind of check. */
export const ACCESS_ACTIONS = [
  'city.read',
  'iap.read',
  'iap.edit',
  'comment.write',
  'comment.moderate',
  'members.read',
  'members.manage',
  'members.invite',
  'stakeholders.read',
  'stakeholders.manage',
  'audit.read',
  'workshop.run',
  /** The ULG's steps of the plan workflow: to review, validated, submitted, back to draft. */
  'iap.state',
  /** The lead partner's steps: finalize a submitted plan, send it back, reopen a final one. */
  'iap.review',
  'iap.export',
  /** Network-wide: every city's plan in one ZIP (lead partner, admin). */
  'export.all',
  /** Network-wide: every city's plan figures at a glance, and two plans compared (lead partner, admin). */
  'network.dashboard',
  'city.settings',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** Who is asking: an account with its network role and its roles per city slug. */
export interface Principal {
  id: string;
  networkRole: NetworkRole | null;
  cityRoles: Readonly<Record<string, CityRole>>;
}

/** Per-city settings the policy reads. */
export interface CityPolicySettings {
  observersCanComment: boolean;
}
