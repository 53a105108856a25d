import type { CityRole, Language, NetworkRole } from '@iap/shared';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  networkRole: NetworkRole | null;
  createdAt: string;
  disabled: boolean;
  /** The interface language the person chose; null until they choose (the client then guesses). */
  locale: Language | null;
}

/** A new account: enabled, without a chosen language. */
export type NewUser = Omit<UserRecord, 'disabled' | 'locale'>;

/** A new account with its city roles, as the demo seed writes them. */
export interface NewAccount {
  user: NewUser;
  /** Memberships of the account; `joinedAt` is the user's `createdAt`. */
  cityRoles: readonly { citySlug: string; role: CityRole }[];
}

export type UserCreation = { outcome: 'created' } | { outcome: 'email_taken' };

/**
 * Accounts (table `users`). E-mails arrive already lowercased (the shared schema does it) and
 * are unique: the column has a UNIQUE constraint, lookups compare exactly.
 */
export interface UserRepository {
  /** The account, disabled ones included, or null. */
  findById(id: string): Promise<UserRecord | null>;
  /** The account with exactly this e-mail, disabled ones included, or null. */
  findByEmail(email: string): Promise<UserRecord | null>;
  /**
   * Inserts the account (enabled, locale null) in its own transaction. When the e-mail is
   * already taken (checked by the unique constraint, so two racing creations cannot both win)
   * nothing is written and the result says so. An id already taken is an error (ids are UUIDs).
   */
  create(user: NewUser): Promise<UserCreation>;
  /**
   * Inserts every account and its memberships in ONE transaction: all or nothing. Any conflict
   * (an e-mail or id taken) rejects with the driver's error and writes nothing. For the demo
   * seed, which checks first (under `Storage.exclusively`) that the database has no account.
   */
  createAccounts(accounts: readonly NewAccount[]): Promise<void>;
  /** Sets the chosen interface language; no-op for an unknown id. */
  setLocale(id: string, locale: Language): Promise<void>;
  /** How many accounts exist, disabled ones included. */
  count(): Promise<number>;
}
