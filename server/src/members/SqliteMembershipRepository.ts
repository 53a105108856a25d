import type { CityRole } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';

export interface MembershipRecord {
  userId: string;
  citySlug: string;
  role: CityRole;
  joinedAt: string;
}

export interface MemberListing extends MembershipRecord {
  name: string;
  email: string;
}

/** SQL for city roles (the memberships table). */
export class MembershipRepository {
  private readonly ofUser;
  private readonly one;
  private readonly ofCity;
  private readonly insertRow;
  private readonly updateRole;
  private readonly deleteRow;
  private readonly countWithRole;

  constructor(db: Db) {
    this.ofUser = db.prepare<[string], MembershipRecord>(
      'SELECT user_id AS userId, city_slug AS citySlug, role, joined_at AS joinedAt FROM memberships WHERE user_id = ?',
    );
    this.one = db.prepare<[string, string], MembershipRecord>(
      `SELECT user_id AS userId, city_slug AS citySlug, role, joined_at AS joinedAt
       FROM memberships WHERE user_id = ? AND city_slug = ?`,
    );
    this.ofCity = db.prepare<[string], MemberListing>(
      `SELECT m.user_id AS userId, m.city_slug AS citySlug, m.role, m.joined_at AS joinedAt, u.name, u.email
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.city_slug = ? AND u.disabled = 0
       ORDER BY CASE m.role WHEN 'coordinator' THEN 0 WHEN 'facilitator' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, u.name`,
    );
    this.insertRow = db.prepare(
      'INSERT INTO memberships (user_id, city_slug, role, joined_at) VALUES (@userId, @citySlug, @role, @joinedAt)',
    );
    this.updateRole = db.prepare('UPDATE memberships SET role = ? WHERE user_id = ? AND city_slug = ?');
    this.deleteRow = db.prepare('DELETE FROM memberships WHERE user_id = ? AND city_slug = ?');
    this.countWithRole = db.prepare<[string, string], { count: number }>(
      'SELECT count(*) AS count FROM memberships WHERE city_slug = ? AND role = ?',
    );
  }

  rolesOf(userId: string): MembershipRecord[] {
    return this.ofUser.all(userId);
  }

  find(userId: string, citySlug: string): MembershipRecord | null {
    return this.one.get(userId, citySlug) ?? null;
  }

  listCity(citySlug: string): MemberListing[] {
    return this.ofCity.all(citySlug);
  }

  insert(membership: MembershipRecord): void {
    this.insertRow.run(membership);
  }

  setRole(userId: string, citySlug: string, role: CityRole): void {
    this.updateRole.run(role, userId, citySlug);
  }

  remove(userId: string, citySlug: string): void {
    this.deleteRow.run(userId, citySlug);
  }

  countRole(citySlug: string, role: CityRole): number {
    return this.countWithRole.get(citySlug, role)?.count ?? 0;
  }
}
