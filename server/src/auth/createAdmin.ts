import { randomUUID } from 'node:crypto';
import { emailSchema, newPasswordSchema, personNameSchema } from '@iap/shared';
import * as z from 'zod/mini';
import { isoAt, type Clock } from '../clock.js';
import { hashPassword } from './passwords.js';
import type { UserRepository } from './UserRepository.js';

const adminSchema = z.strictObject({ email: emailSchema, name: personNameSchema, password: newPasswordSchema });

/**
 * Creates a network admin: the first account of a database started without the demo seed.
 * Throws a readable Error for bad input or an e-mail already taken.
 */
export async function createAdmin(users: UserRepository, clock: Clock, input: { email: string; name: string; password: string }): Promise<string> {
  const parsed = adminSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  const taken = (): Error => new Error(`An account with the e-mail ${parsed.data.email} exists already`);
  // Asked first so a taken e-mail is told without the cost of hashing; the insert decides a race.
  if (await users.findByEmail(parsed.data.email)) throw taken();
  const id = randomUUID();
  const passwordHash = await hashPassword(parsed.data.password);
  const created = await users.create({
    id,
    email: parsed.data.email,
    name: parsed.data.name,
    passwordHash,
    networkRole: 'admin',
    createdAt: isoAt(clock()),
  });
  if (created.outcome === 'email_taken') throw taken();
  return id;
}
