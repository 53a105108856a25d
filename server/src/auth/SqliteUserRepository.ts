import type { Language, NetworkRole } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';

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

/** SQL for the users table. E-mails arrive already lowercased by the shared schema. */
export class UserRepository {
  private readonly byId;
  private readonly byEmail;
  private readonly insertRow;
  private readonly countRows;
  private readonly updateLocale;

  constructor(db: Db) {
    this.byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
    this.byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
    this.insertRow = db.prepare(
      `INSERT INTO users (id, email, name, password_hash, network_role, created_at, disabled)
       VALUES (@id, @email, @name, @passwordHash, @networkRole, @createdAt, 0)`,
    );
    this.countRows = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM users');
    this.updateLocale = db.prepare<[Language, string]>('UPDATE users SET locale = ? WHERE id = ?');
  }

  findById(id: string): UserRecord | null {
    const row = this.byId.get(id);
    return row ? toRecord(row) : null;
  }

  findByEmail(email: string): UserRecord | null {
    const row = this.byEmail.get(email);
    return row ? toRecord(row) : null;
  }

  insert(user: Omit<UserRecord, 'disabled' | 'locale'>): void {
    this.insertRow.run(user);
  }

  setLocale(id: string, locale: Language): void {
    this.updateLocale.run(locale, id);
  }

  count(): number {
    return this.countRows.get()?.count ?? 0;
  }
}
