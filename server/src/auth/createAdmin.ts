import { randomUUID } from 'node:crypto';
import { emailSchema, newPasswordSchema, personNameSchema } from '@iap/shared';
import { z } from 'zod';
import type { Db } from '../db/openDatabase.js';
import { isoAt, type Clock } from '../clock.js';
import { hashPassword } from './passwords.js';
import { UserRepository } from './UserRepository.js';

const adminSchema = z.object({ email: emailSchema, name: personNameSchema, password: newPasswordSchema }).strict();

/**
 * Creates a network admin: the first account of a database started without the demo seed.
 * Throws a readable Error for bad input or an e-mail already taken.
 */
export async function createAdmin(db: Db, clock: Clock, input: { email: string; name: string; password: string }): Promise<string> {
  const parsed = adminSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  const users = new UserRepository(db);
  if (users.findByEmail(parsed.data.email)) throw new Error(`An account with the e-mail ${parsed.data.email} exists already`);
  const id = randomUUID();
  const passwordHash = await hashPassword(parsed.data.password);
  users.insert({
    id,
    email: parsed.data.email,
    name: parsed.data.name,
    passwordHash,
    networkRole: 'admin',
    createdAt: isoAt(clock()),
  });
  return id;
}
