import type { Gender, StakeholderSector } from '@iap/shared';
import type { AuditRecord } from '../audit/AuditLog.js';

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
  /** The linked account's name, or null when there is no link (or its account row is gone). */
  linkedUserName: string | null;
}

export type StakeholderWrite = { outcome: 'written' } | { outcome: 'not_found' };

/**
 * A city's stakeholder register (table `stakeholders`). Every read and write is scoped by the
 * city: an id of another city's entry is not found. Writes are one transaction each, with the
 * audit entries they are given.
 */
export interface StakeholderRepository {
  /**
   * The city's entries, by name compared case-insensitively for ASCII letters only (SQLite
   * `COLLATE NOCASE`; PostgreSQL: `lower(name) COLLATE "C"` is the accepted equivalent), then by id.
   */
  listCity(citySlug: string): Promise<StakeholderListing[]>;
  find(id: string, citySlug: string): Promise<StakeholderListing | null>;
  /** Inserts the entry with the audit entries (stamped with `record.createdAt`) in one transaction. */
  create(record: StakeholderRecord, audit: readonly AuditRecord[]): Promise<void>;
  /**
   * Replaces every field but `id`, `citySlug`, `createdBy` and `createdAt` with `record`'s, with
   * the audit entries (stamped with `record.updatedAt`), in one transaction; `not_found` and
   * nothing written when no entry has this id in this city.
   */
  update(record: StakeholderRecord, audit: readonly AuditRecord[]): Promise<StakeholderWrite>;
  /**
   * Deletes the entry with the audit entries (stamped with the store's clock) in one
   * transaction; `not_found` and nothing written when it is not there (any more).
   */
  delete(id: string, citySlug: string, audit: readonly AuditRecord[]): Promise<StakeholderWrite>;
  /** Entries per sector (sectors with none are absent), in no particular order. */
  countBySector(citySlug: string): Promise<{ key: StakeholderSector; count: number }[]>;
  /** Entries per gender, null for those without one (genders with none are absent), in no particular order. */
  countByGender(citySlug: string): Promise<{ key: Gender | null; count: number }[]>;
}
