import * as z from 'zod/mini';
import { COMMON_PASSWORDS } from './commonPasswords.js';
import { languageSchema } from './network.js';
import { cityRoleSchema, networkRoleSchema } from './roles.js';

/** E-mail addresses are compared lowercase and trimmed; 254 is the longest valid address. */
export const emailSchema = z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254)), z.email());

/** Why a new password is refused beyond its length; the client shows one message for each. */
export type PasswordProblem = 'control_characters' | 'only_spaces' | 'one_character' | 'common';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  control_characters: 'must not contain control characters',
  only_spaces: 'must not be only spaces',
  one_character: 'must not be one character repeated',
  common: 'is one of the most common passwords',
};

/**
 * The first rule a new password breaks, or null. Length aside, these are the passwords an
 * attacker tries first, or ones a person could not type again (control characters).
 */
export function passwordProblem(password: string): PasswordProblem | null {
  if (/\p{Cc}/u.test(password)) return 'control_characters';
  if (password.trim().length === 0) return 'only_spaces';
  if (new Set(password).size === 1) return 'one_character';
  if (COMMON_PASSWORDS.has(password.trim().toLowerCase())) return 'common';
  return null;
}

/**
 * A new password (invite acceptance, admin creation, wherever one is set): long enough to resist
 * guessing, bounded so hashing stays cheap to refuse, and none of the passwords guessed first.
 * A refused rule is a custom issue whose `params.passwordProblem` names it.
 */
export const newPasswordSchema = z.string().check(
  z.minLength(10, 'at least 10 characters'),
  z.maxLength(200),
  z.superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: PASSWORD_PROBLEM_MESSAGES[problem], params: { passwordProblem: problem } });
  }),
);

/** A person's display name. */
export const personNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

export const loginRequestSchema = z.strictObject({
  email: emailSchema,
  // No minimum beyond 1: a login must not hint at the password rules of an existing account.
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
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
  networkRole: z.nullable(networkRoleSchema),
  /** City slug -> role in that city's ULG. */
  cityRoles: z.record(z.string(), cityRoleSchema),
  /** The interface language chosen on the account; null until chosen (the client guesses then). */
  locale: z.nullable(languageSchema),
});
export type Me = z.infer<typeof meSchema>;

/** `PATCH /api/me`: what a person may change about their own account. */
export const updateMeRequestSchema = z.strictObject({ locale: languageSchema });
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'iap_session';
