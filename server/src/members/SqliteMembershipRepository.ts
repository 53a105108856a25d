import type { CityRole } from '@iap/shared';
import type { AuditRecord } from '../audit/AuditLog.js';
import { SqliteAuditWriter } from '../audit/SqliteAuditLog.js';
import { isoAt, type Clock } from '../clock.js';
import type { Db } from '../db/openDatabase.js';
import { INSERT_MEMBERSHIP, SELECT_MEMBERSHIP } from '../db/accountRows.js';
import type {
  MemberListing,
  MembershipAddition,
  MembershipRecord,
  MembershipRemoval,
  MembershipRepository,
  RoleChange,
} from './MembershipRepository.js';

const MEMBERSHIP_COLUMNS = 'user_id AS userId, city_slug AS citySlug, role, joined_at AS joinedAt';

/** MembershipRepository over the `memberships` table: each unit of work is one transaction, settled when returned. */
export class SqliteMembershipRepository implements MembershipRepository {
  private readonly ofUser;
  private readonly one;
  private readonly ofCity;
  private readonly addTransaction;
  private readonly changeRoleTransaction;
  private readonly removeTransaction;

  constructor(db: Db, clock: Clock) {
    const audit = new SqliteAuditWriter(db);
    const stamp = (): string => isoAt(clock());
    this.ofUser = db.prepare<[string], MembershipRecord>(`SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE user_id = ?`);
    this.one = db.prepare<[string, string], MembershipRecord>(SELECT_MEMBERSHIP);
    this.ofCity = db.prepare<[string], MemberListing>(
      `SELECT m.user_id AS userId, m.city_slug AS citySlug, m.role, m.joined_at AS joinedAt, u.name, u.email
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.city_slug = ? AND u.disabled = 0
       ORDER BY CASE m.role WHEN 'coordinator' THEN 0 WHEN 'facilitator' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, u.name`,
    );
    const insertRow = db.prepare<[MembershipRecord]>(INSERT_MEMBERSHIP);
    const updateRole = db.prepare<[CityRole, string, string]>('UPDATE memberships SET role = ? WHERE user_id = ? AND city_slug = ?');
    const deleteRow = db.prepare<[string, string]>('DELETE FROM memberships WHERE user_id = ? AND city_slug = ?');
    const countCoordinators = db.prepare<[string], { count: number }>(
      "SELECT count(*) AS count FROM memberships WHERE city_slug = ? AND role = 'coordinator'",
    );
    /** A ULG must keep a coordinator, or nobody in the city could manage it any more. */
    const isLastCoordinator = (current: MembershipRecord): boolean =>
      current.role === 'coordinator' && (countCoordinators.get(current.citySlug)?.count ?? 0) <= 1;

    this.addTransaction = db.transaction((membership: MembershipRecord, entries: readonly AuditRecord[]): MembershipAddition => {
      if (this.one.get(membership.userId, membership.citySlug)) return { outcome: 'already_member' };
      insertRow.run(membership);
      audit.write(entries, stamp());
      return { outcome: 'added' };
    });
    this.changeRoleTransaction = db.transaction(
      (userId: string, citySlug: string, role: CityRole, entries: (previous: MembershipRecord) => AuditRecord[]): RoleChange => {
        const previous = this.one.get(userId, citySlug);
        if (!previous) return { outcome: 'not_member' };
        if (previous.role === role) return { outcome: 'unchanged', membership: previous };
        if (isLastCoordinator(previous)) return { outcome: 'last_coordinator' };
        updateRole.run(role, userId, citySlug);
        audit.write(entries(previous), stamp());
        return { outcome: 'changed', previous, membership: { ...previous, role } };
      },
    );
    this.removeTransaction = db.transaction(
      (userId: string, citySlug: string, entries: (previous: MembershipRecord) => AuditRecord[]): MembershipRemoval => {
        const previous = this.one.get(userId, citySlug);
        if (!previous) return { outcome: 'not_member' };
        if (isLastCoordinator(previous)) return { outcome: 'last_coordinator' };
        deleteRow.run(userId, citySlug);
        audit.write(entries(previous), stamp());
        return { outcome: 'removed', previous };
      },
    );
  }

  async rolesOf(userId: string): Promise<MembershipRecord[]> {
    return this.ofUser.all(userId);
  }

  async find(userId: string, citySlug: string): Promise<MembershipRecord | null> {
    return this.one.get(userId, citySlug) ?? null;
  }

  async listCity(citySlug: string): Promise<MemberListing[]> {
    return this.ofCity.all(citySlug);
  }

  async add(membership: MembershipRecord, audit: readonly AuditRecord[]): Promise<MembershipAddition> {
    return this.addTransaction(membership, audit);
  }

  async changeRole(userId: string, citySlug: string, role: CityRole, audit: (previous: MembershipRecord) => AuditRecord[]): Promise<RoleChange> {
    return this.changeRoleTransaction(userId, citySlug, role, audit);
  }

  async remove(userId: string, citySlug: string, audit: (previous: MembershipRecord) => AuditRecord[]): Promise<MembershipRemoval> {
    return this.removeTransaction(userId, citySlug, audit);
  }
}
