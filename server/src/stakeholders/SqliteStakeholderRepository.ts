import type { Gender, StakeholderSector } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';

export interface StakeholderRecord {
  id: string;
  citySlug: string;
  name: string;
  organisation: string | null;
  sector: StakeholderSector;
  gender: Gender | null;
  importance: number;
  influence: number;
  contact: string | null;
  consentToBeListed: boolean;
  linkedUserId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A record with the linked account's name, as lists show it. */
export interface StakeholderListing extends StakeholderRecord {
  linkedUserName: string | null;
}

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

/** SQL for a city's stakeholder register. */
export class StakeholderRepository {
  private readonly ofCity;
  private readonly one;
  private readonly insertRow;
  private readonly updateRow;
  private readonly deleteRow;
  private readonly sectorCounts;
  private readonly genderCounts;

  constructor(db: Db) {
    this.ofCity = db.prepare<[string], StakeholderRow>(
      `${SELECT_STAKEHOLDER} WHERE s.city_slug = ? ORDER BY s.name COLLATE NOCASE, s.id`,
    );
    this.one = db.prepare<[string, string], StakeholderRow>(`${SELECT_STAKEHOLDER} WHERE s.id = ? AND s.city_slug = ?`);
    this.insertRow = db.prepare(
      `INSERT INTO stakeholders (id, city_slug, name, organisation, sector, gender, importance, influence, contact,
                                 consent_to_be_listed, linked_user_id, created_by, created_at, updated_at)
       VALUES (@id, @citySlug, @name, @organisation, @sector, @gender, @importance, @influence, @contact,
               @consentToBeListed, @linkedUserId, @createdBy, @createdAt, @updatedAt)`,
    );
    this.updateRow = db.prepare(
      `UPDATE stakeholders SET name = @name, organisation = @organisation, sector = @sector, gender = @gender,
              importance = @importance, influence = @influence, contact = @contact,
              consent_to_be_listed = @consentToBeListed, linked_user_id = @linkedUserId, updated_at = @updatedAt
       WHERE id = @id AND city_slug = @citySlug`,
    );
    this.deleteRow = db.prepare('DELETE FROM stakeholders WHERE id = ? AND city_slug = ?');
    this.sectorCounts = db.prepare<[string], { key: StakeholderSector; count: number }>(
      'SELECT sector AS key, count(*) AS count FROM stakeholders WHERE city_slug = ? GROUP BY sector',
    );
    this.genderCounts = db.prepare<[string], { key: Gender | null; count: number }>(
      'SELECT gender AS key, count(*) AS count FROM stakeholders WHERE city_slug = ? GROUP BY gender',
    );
  }

  listCity(citySlug: string): StakeholderListing[] {
    return this.ofCity.all(citySlug).map(toListing);
  }

  find(id: string, citySlug: string): StakeholderListing | null {
    const row = this.one.get(id, citySlug);
    return row ? toListing(row) : null;
  }

  insert(record: StakeholderRecord): void {
    this.insertRow.run(toRow(record));
  }

  update(record: StakeholderRecord): void {
    this.updateRow.run(toRow(record));
  }

  delete(id: string, citySlug: string): void {
    this.deleteRow.run(id, citySlug);
  }

  countBySector(citySlug: string): { key: StakeholderSector; count: number }[] {
    return this.sectorCounts.all(citySlug);
  }

  countByGender(citySlug: string): { key: Gender | null; count: number }[] {
    return this.genderCounts.all(citySlug);
  }
}
