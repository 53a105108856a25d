import type { Gender, StakeholderSector } from '@iap/shared';
import type { AuditRecord } from '../audit/AuditLog.js';
import { SqliteAuditWriter } from '../audit/SqliteAuditLog.js';
import { isoAt, type Clock } from '../clock.js';
import type { Db } from '../db/openDatabase.js';
import type { StakeholderListing, StakeholderRecord, StakeholderRepository, StakeholderWrite } from './StakeholderRepository.js';

interface StakeholderRow extends Omit<StakeholderListing, 'consentToBeListed'> {
  consentToBeListed: 0 | 1;
}

const SELECT_STAKEHOLDER = `
  SELECT s.id, s.city_slug AS citySlug, s.name, s.organisation, s.sector, s.gender, s.importance, s.influence,
         s.contact, s.consent_to_be_listed AS consentToBeListed, s.linked_user_id AS linkedUserId,
         u.name AS linkedUserName, s.created_by AS createdBy, s.created_at AS createdAt, s.updated_at AS updatedAt
  FROM stakeholders s LEFT JOIN users u ON u.id = s.linked_user_id`;

function toListing(row: StakeholderRow): StakeholderListing {
  return { ...row, consentToBeListed: row.consentToBeListed === 1 };
}

function toRow(record: StakeholderRecord): Record<string, unknown> {
  return { ...record, consentToBeListed: record.consentToBeListed ? 1 : 0 };
}

/** StakeholderRepository over better-sqlite3: each write is one transaction with its audit rows, settled when returned. */
export class SqliteStakeholderRepository implements StakeholderRepository {
  private readonly ofCity;
  private readonly one;
  private readonly sectorCounts;
  private readonly genderCounts;
  private readonly createTransaction;
  private readonly updateTransaction;
  private readonly deleteTransaction;

  constructor(db: Db, clock: Clock) {
    const audit = new SqliteAuditWriter(db);
    this.ofCity = db.prepare<[string], StakeholderRow>(
      `${SELECT_STAKEHOLDER} WHERE s.city_slug = ? ORDER BY s.name COLLATE NOCASE, s.id`,
    );
    this.one = db.prepare<[string, string], StakeholderRow>(`${SELECT_STAKEHOLDER} WHERE s.id = ? AND s.city_slug = ?`);
    const insertRow = db.prepare(
      `INSERT INTO stakeholders (id, city_slug, name, organisation, sector, gender, importance, influence, contact,
                                 consent_to_be_listed, linked_user_id, created_by, created_at, updated_at)
       VALUES (@id, @citySlug, @name, @organisation, @sector, @gender, @importance, @influence, @contact,
               @consentToBeListed, @linkedUserId, @createdBy, @createdAt, @updatedAt)`,
    );
    const updateRow = db.prepare(
      `UPDATE stakeholders SET name = @name, organisation = @organisation, sector = @sector, gender = @gender,
              importance = @importance, influence = @influence, contact = @contact,
              consent_to_be_listed = @consentToBeListed, linked_user_id = @linkedUserId, updated_at = @updatedAt
       WHERE id = @id AND city_slug = @citySlug`,
    );
    const deleteRow = db.prepare<[string, string]>('DELETE FROM stakeholders WHERE id = ? AND city_slug = ?');
    this.sectorCounts = db.prepare<[string], { key: StakeholderSector; count: number }>(
      'SELECT sector AS key, count(*) AS count FROM stakeholders WHERE city_slug = ? GROUP BY sector',
    );
    this.genderCounts = db.prepare<[string], { key: Gender | null; count: number }>(
      'SELECT gender AS key, count(*) AS count FROM stakeholders WHERE city_slug = ? GROUP BY gender',
    );
    this.createTransaction = db.transaction((record: StakeholderRecord, entries: readonly AuditRecord[]) => {
      insertRow.run(toRow(record));
      audit.write(entries, record.createdAt);
    });
    this.updateTransaction = db.transaction((record: StakeholderRecord, entries: readonly AuditRecord[]): StakeholderWrite => {
      if (updateRow.run(toRow(record)).changes !== 1) return { outcome: 'not_found' };
      audit.write(entries, record.updatedAt);
      return { outcome: 'written' };
    });
    this.deleteTransaction = db.transaction((id: string, citySlug: string, entries: readonly AuditRecord[]): StakeholderWrite => {
      if (deleteRow.run(id, citySlug).changes !== 1) return { outcome: 'not_found' };
      audit.write(entries, isoAt(clock()));
      return { outcome: 'written' };
    });
  }

  async listCity(citySlug: string): Promise<StakeholderListing[]> {
    return this.ofCity.all(citySlug).map(toListing);
  }

  async find(id: string, citySlug: string): Promise<StakeholderListing | null> {
    const row = this.one.get(id, citySlug);
    return row ? toListing(row) : null;
  }

  async create(record: StakeholderRecord, audit: readonly AuditRecord[]): Promise<void> {
    this.createTransaction(record, audit);
  }

  async update(record: StakeholderRecord, audit: readonly AuditRecord[]): Promise<StakeholderWrite> {
    return this.updateTransaction(record, audit);
  }

  async delete(id: string, citySlug: string, audit: readonly AuditRecord[]): Promise<StakeholderWrite> {
    return this.deleteTransaction(id, citySlug, audit);
  }

  async countBySector(citySlug: string): Promise<{ key: StakeholderSector; count: number }[]> {
    return this.sectorCounts.all(citySlug);
  }

  async countByGender(citySlug: string): Promise<{ key: Gender | null; count: number }[]> {
    return this.genderCounts.all(citySlug);
  }
}
