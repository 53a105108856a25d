import * as z from 'zod/mini';
import { emailSchema, meSchema, newPasswordSchema, personNameSchema } from './auth.js';
import { cityRoleSchema } from './roles.js';

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  /** Shown only to those who manage the ULG (coordinators, admins). */
  email: z.optional(z.string()),
  role: cityRoleSchema,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const membersResponseSchema = z.object({ members: z.array(memberSchema) });
export type MembersResponse = z.infer<typeof membersResponseSchema>;

/** `PATCH /api/cities/:slug/members/:userId`. */
export const memberRoleChangeSchema = z.strictObject({ role: cityRoleSchema });
export type MemberRoleChange = z.infer<typeof memberRoleChangeSchema>;

/** The answer to a role change: the member and the role they now hold. */
export const memberRoleChangedSchema = z.object({ userId: z.string(), role: cityRoleSchema });
export type MemberRoleChanged = z.infer<typeof memberRoleChangedSchema>;

/** Invite links stay valid this long. */
export const INVITE_TTL_DAYS = 7;

/** `POST /api/cities/:slug/invites`. */
export const inviteCreateSchema = z.strictObject({ role: cityRoleSchema });
export type InviteCreate = z.infer<typeof inviteCreateSchema>;

/** The answer to creating an invite: the only time the token is ever shown. */
export const inviteCreatedSchema = z.object({
  id: z.string(),
  token: z.string(),
  /** Client route that accepts the invite; show it to copy (no e-mail is sent). */
  url: z.string(),
  role: cityRoleSchema,
  expiresAt: z.string(),
});
export type InviteCreated = z.infer<typeof inviteCreatedSchema>;

/** A pending invite as listed to coordinators and facilitators (the token is not kept). */
export const pendingInviteSchema = z.object({
  id: z.string(),
  role: cityRoleSchema,
  createdBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type PendingInvite = z.infer<typeof pendingInviteSchema>;

export const pendingInvitesResponseSchema = z.object({ invites: z.array(pendingInviteSchema) });
export type PendingInvitesResponse = z.infer<typeof pendingInvitesResponseSchema>;

/** `GET /api/invites/:token` (public): what accepting the invite would give. */
export const invitePreviewSchema = z.object({
  city: z.object({ slug: z.string(), name: z.string(), country: z.string() }),
  role: cityRoleSchema,
  expiresAt: z.string(),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

/** `POST /api/invites/:token/accept` creating a new account. */
export const inviteAcceptNewAccountSchema = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type InviteAcceptNewAccount = z.infer<typeof inviteAcceptNewAccountSchema>;

/** `POST /api/invites/:token/accept` by someone already signed in: an empty object. */
export const inviteAcceptSignedInSchema = z.strictObject({});

export const inviteAcceptedSchema = z.object({
  me: meSchema,
  city: z.string(),
  role: cityRoleSchema,
});
export type InviteAccepted = z.infer<typeof inviteAcceptedSchema>;
