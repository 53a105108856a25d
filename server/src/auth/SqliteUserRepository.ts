import type { Language, NetworkRole } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import { INSERT_MEMBERSHIP, INSERT_USER, USER_ID_BY_EMAIL } from '../db/accountRows.js';
import type { NewAccount, NewUser, UserCreation, UserRecord, UserRepository } from './UserRepository.js';

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  network_role: NetworkRole | null;
  created_at: string;
  disabled: 0 | 1;
  locale: Language | null;
}

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    networkRole: row.network_role,
    createdAt: row.created_at,
    disabled: row.disabled === 1,
    locale: row.locale,
  };
}

/** UserRepository over the `users` table; every promise is settled when returned. */
export class SqliteUserRepository implements UserRepository {
  private readonly byId;
  private readonly byEmail;
  private readonly idByEmail;
  private readonly insertRow;
  private readonly countRows;
  private readonly updateLocale;
  private readonly createTransaction;
  private readonly accountsTransaction;

  constructor(db: Db) {
    this.byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
    this.byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
    this.idByEmail = db.prepare<[string], { id: string }>(USER_ID_BY_EMAIL);
    this.insertRow = db.prepare<[NewUser]>(INSERT_USER);
    this.countRows = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM users');
    this.updateLocale = db.prepare<[Language, string]>('UPDATE users SET locale = ? WHERE id = ?');
    this.createTransaction = db.transaction((user: NewUser): UserCreation => {
      if (this.idByEmail.get(user.email)) return { outcome: 'email_taken' };
      this.insertRow.run(user);
      return { outcome: 'created' };
    });
    const insertMembership = db.prepare(INSERT_MEMBERSHIP);
    this.accountsTransaction = db.transaction((accounts: readonly NewAccount[]) => {
      for (const { user, cityRoles } of accounts) {
        this.insertRow.run(user);
        for (const { citySlug, role } of cityRoles) insertMembership.run({ userId: user.id, citySlug, role, joinedAt: user.createdAt });
      }
    });
  }

  async findById(id: string): Promise<UserRecord | null> {
    const row = this.byId.get(id);
    return row ? toRecord(row) : null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const row = this.byEmail.get(email);
    return row ? toRecord(row) : null;
  }

  async create(user: NewUser): Promise<UserCreation> {
    return this.createTransaction(user);
  }

  async createAccounts(accounts: readonly NewAccount[]): Promise<void> {
    this.accountsTransaction(accounts);
  }

  async setLocale(id: string, locale: Language): Promise<void> {
    this.updateLocale.run(locale, id);
  }

  async count(): Promise<number> {
    return this.countRows.get()?.count ?? 0;
  }
}
