import type { CityRole } from '@iap/shared';
import type pg from 'pg';
import type { AuditRecord } from '../../audit/AuditLog.js';
import { isoAt, type Clock } from '../../clock.js';
import type {
  MemberListing,
  MembershipAddition,
  MembershipRecord,
  MembershipRemoval,
  MembershipRepository,
  RoleChange,
} from '../../members/MembershipRepository.js';
import { writeAudit } from './PgAuditLog.js';
import { inTransaction } from './inTransaction.js';

const MEMBERSHIP_COLUMNS = 'user_id AS "userId", city_slug AS "citySlug", role, joined_at AS "joinedAt"';

/**
 * Inserts a membership unless the account already has one in the city; false when it has
 * (nothing written). Shared by the invite's acceptance, which writes one in its transaction.
 */
export async function insertMembershipUnlessMember(client: pg.PoolClient, membership: MembershipRecord): Promise<boolean> {
  const inserted = await client.query(
    'INSERT INTO memberships (user_id, city_slug, role, joined_at) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, city_slug) DO NOTHING',
    [membership.userId, membership.citySlug, membership.role, membership.joinedAt],
  );
  return inserted.rowCount === 1;
}

/**
 * MembershipRepository over PostgreSQL. A role change or removal first locks the city's row, so
 * the changes of one city's memberships are serialised: of two concurrent demotions of the last
 * two coordinators, the second counts the coordinators after the first committed.
 */
export class PgMembershipRepository implements MembershipRepository {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  async rolesOf(userId: string): Promise<MembershipRecord[]> {
    return (await this.pool.query<MembershipRecord>(`SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE user_id = $1`, [userId])).rows;
  }

  async find(userId: string, citySlug: string): Promise<MembershipRecord | null> {
    return (await this.pool.query<MembershipRecord>(`SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE user_id = $1 AND city_slug = $2`, [userId, citySlug])).rows[0] ?? null;
  }

  async listCity(citySlug: string): Promise<MemberListing[]> {
    const rows = await this.pool.query<MemberListing>(
      `SELECT m.user_id AS "userId", m.city_slug AS "citySlug", m.role, m.joined_at AS "joinedAt", u.name, u.email
       FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.city_slug = $1 AND NOT u.disabled
       ORDER BY CASE m.role WHEN 'coordinator' THEN 0 WHEN 'facilitator' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, u.name COLLATE "C"`,
      [citySlug],
    );
    return rows.rows;
  }

  add(membership: MembershipRecord, audit: readonly AuditRecord[]): Promise<MembershipAddition> {
    return inTransaction(this.pool, async (client): Promise<MembershipAddition> => {
      if (!(await insertMembershipUnlessMember(client, membership))) return { outcome: 'already_member' };
      await writeAudit(client, audit, isoAt(this.clock()));
      return { outcome: 'added' };
    });
  }

  changeRole(userId: string, citySlug: string, role: CityRole, audit: (previous: MembershipRecord) => AuditRecord[]): Promise<RoleChange> {
    return this.inCityLock(citySlug, async (client): Promise<RoleChange> => {
      const previous = await this.current(client, userId, citySlug);
      if (!previous) return { outcome: 'not_member' };
      if (previous.role === role) return { outcome: 'unchanged', membership: previous };
      if (await this.isLastCoordinator(client, previous)) return { outcome: 'last_coordinator' };
      await client.query('UPDATE memberships SET role = $1 WHERE user_id = $2 AND city_slug = $3', [role, userId, citySlug]);
      await writeAudit(client, audit(previous), isoAt(this.clock()));
      return { outcome: 'changed', previous, membership: { ...previous, role } };
    });
  }

  remove(userId: string, citySlug: string, audit: (previous: MembershipRecord) => AuditRecord[]): Promise<MembershipRemoval> {
    return this.inCityLock(citySlug, async (client): Promise<MembershipRemoval> => {
      const previous = await this.current(client, userId, citySlug);
      if (!previous) return { outcome: 'not_member' };
      if (await this.isLastCoordinator(client, previous)) return { outcome: 'last_coordinator' };
      await client.query('DELETE FROM memberships WHERE user_id = $1 AND city_slug = $2', [userId, citySlug]);
      await writeAudit(client, audit(previous), isoAt(this.clock()));
      return { outcome: 'removed', previous };
    });
  }

  private async current(client: pg.PoolClient, userId: string, citySlug: string): Promise<MembershipRecord | null> {
    return (await client.query<MembershipRecord>(`SELECT ${MEMBERSHIP_COLUMNS} FROM memberships WHERE user_id = $1 AND city_slug = $2`, [userId, citySlug])).rows[0] ?? null;
  }

  /** A ULG must keep a coordinator, or nobody in the city could manage it any more. */
  private async isLastCoordinator(client: pg.PoolClient, current: MembershipRecord): Promise<boolean> {
    if (current.role !== 'coordinator') return false;
    const count = (await client.query<{ count: string }>("SELECT count(*) AS count FROM memberships WHERE city_slug = $1 AND role = 'coordinator'", [current.citySlug])).rows[0];
    return Number(count?.count ?? 0) <= 1;
  }

  /** A transaction holding the city's row lock (no lock is taken for an unknown city: it has no memberships). */
  private inCityLock<T>(citySlug: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT 1 FROM cities WHERE slug = $1 FOR UPDATE', [citySlug]);
      return work(client);
    });
  }
}
