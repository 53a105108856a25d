import type { Gender, StakeholderSector } from '@iap/shared';
import type pg from 'pg';
import type { AuditRecord } from '../../audit/AuditLog.js';
import { isoAt, type Clock } from '../../clock.js';
import type { StakeholderListing, StakeholderRecord, StakeholderRepository, StakeholderWrite } from '../../stakeholders/StakeholderRepository.js';
import { writeAudit } from './PgAuditLog.js';
import { inTransaction } from './inTransaction.js';

const SELECT_STAKEHOLDER = `
  SELECT s.id, s.city_slug AS "citySlug", s.name, s.organisation, s.sector, s.gender, s.importance, s.influence,
         s.contact, s.consent_to_be_listed AS "consentToBeListed", s.linked_user_id AS "linkedUserId",
         u.name AS "linkedUserName", s.created_by AS "createdBy", s.created_at AS "createdAt", s.updated_at AS "updatedAt"
  FROM stakeholders s LEFT JOIN users u ON u.id = s.linked_user_id`;

/** StakeholderRepository over PostgreSQL: each write is one transaction with its audit rows. */
export class PgStakeholderRepository implements StakeholderRepository {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  async listCity(citySlug: string): Promise<StakeholderListing[]> {
    // SQLite's `COLLATE NOCASE` folds ASCII letters only; lower() under "C" is the accepted equivalent.
    return (await this.pool.query<StakeholderListing>(`${SELECT_STAKEHOLDER} WHERE s.city_slug = $1 ORDER BY lower(s.name) COLLATE "C", s.id COLLATE "C"`, [citySlug]))
      .rows;
  }

  async find(id: string, citySlug: string): Promise<StakeholderListing | null> {
    return (await this.pool.query<StakeholderListing>(`${SELECT_STAKEHOLDER} WHERE s.id = $1 AND s.city_slug = $2`, [id, citySlug])).rows[0] ?? null;
  }

  create(record: StakeholderRecord, audit: readonly AuditRecord[]): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO stakeholders (id, city_slug, name, organisation, sector, gender, importance, influence, contact,
                                   consent_to_be_listed, linked_user_id, updated_at, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [...rowValues(record), record.createdBy, record.createdAt],
      );
      await writeAudit(client, audit, record.createdAt);
    });
  }

  update(record: StakeholderRecord, audit: readonly AuditRecord[]): Promise<StakeholderWrite> {
    return inTransaction(this.pool, async (client): Promise<StakeholderWrite> => {
      const updated = await client.query(
        `UPDATE stakeholders SET name = $3, organisation = $4, sector = $5, gender = $6, importance = $7, influence = $8,
                contact = $9, consent_to_be_listed = $10, linked_user_id = $11, updated_at = $12
         WHERE id = $1 AND city_slug = $2`,
        rowValues(record),
      );
      if (updated.rowCount !== 1) return { outcome: 'not_found' };
      await writeAudit(client, audit, record.updatedAt);
      return { outcome: 'written' };
    });
  }

  delete(id: string, citySlug: string, audit: readonly AuditRecord[]): Promise<StakeholderWrite> {
    return inTransaction(this.pool, async (client): Promise<StakeholderWrite> => {
      const deleted = await client.query('DELETE FROM stakeholders WHERE id = $1 AND city_slug = $2', [id, citySlug]);
      if (deleted.rowCount !== 1) return { outcome: 'not_found' };
      await writeAudit(client, audit, isoAt(this.clock()));
      return { outcome: 'written' };
    });
  }

  async countBySector(citySlug: string): Promise<{ key: StakeholderSector; count: number }[]> {
    const rows = await this.pool.query<{ key: StakeholderSector; count: string }>(
      'SELECT sector AS key, count(*) AS count FROM stakeholders WHERE city_slug = $1 GROUP BY sector',
      [citySlug],
    );
    return rows.rows.map((row) => ({ key: row.key, count: Number(row.count) }));
  }

  async countByGender(citySlug: string): Promise<{ key: Gender | null; count: number }[]> {
    const rows = await this.pool.query<{ key: Gender | null; count: string }>(
      'SELECT gender AS key, count(*) AS count FROM stakeholders WHERE city_slug = $1 GROUP BY gender',
      [citySlug],
    );
    return rows.rows.map((row) => ({ key: row.key, count: Number(row.count) }));
  }
}

/** The key ($1, $2) and the fields an update replaces ($3 … $12), in the order both statements number them. */
function rowValues(record: StakeholderRecord): unknown[] {
  return [
    record.id,
    record.citySlug,
    record.name,
    record.organisation,
    record.sector,
    record.gender,
    record.importance,
    record.influence,
    record.contact,
    record.consentToBeListed,
    record.linkedUserId,
    record.updatedAt,
  ];
}
