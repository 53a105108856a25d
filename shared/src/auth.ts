import { z } from 'zod';
import { cityRoleSchema, networkRoleSchema } from './roles.js';

/** E-mail addresses are compared lowercase and trimmed; 254 is the longest valid address. */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** A new password: long enough to resist guessing, bounded so hashing stays cheap to refuse. */
export const newPasswordSchema = z.string().min(10, 'at least 10 characters').max(200);

/** A person's display name. */
export const personNameSchema = z.string().trim().min(1).max(100);

export const loginRequestSchema = z
  .object({
    email: emailSchema,
    // No minimum beyond 1: a login must not hint at the password rules of an existing account.
    password: z.string().min(1).max(200),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** `GET /api/me` and the answer to a login: who is signed in and their roles. */
export const meSchema = z.object({
  user: userSummarySchema,
  networkRole: networkRoleSchema.nullable(),
  /** City slug -> role in that city's ULG. */
  cityRoles: z.record(z.string(), cityRoleSchema),
});
export type Me = z.infer<typeof meSchema>;

/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'iap_session';
