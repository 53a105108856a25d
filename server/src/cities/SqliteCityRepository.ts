import { isoAt, type Clock } from '../clock.js';
import type { Db } from '../db/openDatabase.js';
import { SqliteAuditWriter } from '../audit/SqliteAuditLog.js';
import type { AuditRecord } from '../audit/AuditLog.js';
import type { CityRecord, CityRepository, CitySettings, NetworkSeed, SettingsUpdate } from './CityRepository.js';

interface CityRow extends Omit<CityRecord, 'observersCanComment'> {
  observersCanComment: 0 | 1;
}

const SELECT_CITY = `
  SELECT c.slug, c.name, c.country, c.language, c.network_slug AS networkSlug, n.name AS networkName,
         n.lead_partner_city AS leadPartnerCity, c.observers_can_comment AS observersCanComment
  FROM cities c JOIN networks n ON n.slug = c.network_slug`;

function toRecord(row: CityRow): CityRecord {
  return { ...row, observersCanComment: row.observersCanComment === 1 };
}

/** CityRepository over better-sqlite3: each unit of work is one transaction, settled when returned. */
export class SqliteCityRepository implements CityRepository {
  private readonly all;
  private readonly one;
  private readonly seedTransaction;
  private readonly settingsTransaction;

  constructor(db: Db, clock: Clock) {
    const auditRows = new SqliteAuditWriter(db);
    this.all = db.prepare<[], CityRow>(`${SELECT_CITY} ORDER BY c.position, c.slug`);
    this.one = db.prepare<[string], CityRow>(`${SELECT_CITY} WHERE c.slug = ?`);
    const upsertNetwork = db.prepare(
      `INSERT INTO networks (slug, name, theme, lead_partner_city) VALUES (@slug, @name, @theme, @leadPartnerCity)
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, theme = excluded.theme,
                                        lead_partner_city = excluded.lead_partner_city`,
    );
    // Names and countries follow the product data; settings chosen by a coordinator are kept.
    const upsertCity = db.prepare(
      `INSERT INTO cities (slug, network_slug, name, country, language, position)
       VALUES (@slug, @networkSlug, @name, @country, @language, @position)
       ON CONFLICT (slug) DO UPDATE SET network_slug = excluded.network_slug, name = excluded.name,
                                        country = excluded.country, language = excluded.language, position = excluded.position`,
    );
    this.seedTransaction = db.transaction((network: NetworkSeed) => {
      upsertNetwork.run({ slug: network.slug, name: network.name, theme: network.theme, leadPartnerCity: network.leadPartnerCity });
      network.cities.forEach((city, position) => upsertCity.run({ ...city, networkSlug: network.slug, position }));
    });
    const updateObserversCanComment = db.prepare('UPDATE cities SET observers_can_comment = ? WHERE slug = ?');
    this.settingsTransaction = db.transaction(
      (slug: string, next: CitySettings, audit: (previous: CitySettings) => AuditRecord[]): SettingsUpdate => {
        const row = this.one.get(slug);
        if (!row) return { outcome: 'not_found' };
        const previous = { observersCanComment: row.observersCanComment === 1 };
        if (previous.observersCanComment === next.observersCanComment) return { outcome: 'unchanged' };
        updateObserversCanComment.run(next.observersCanComment ? 1 : 0, slug);
        auditRows.write(audit(previous), isoAt(clock()));
        return { outcome: 'changed', previous };
      },
    );
  }

  async seedNetwork(network: NetworkSeed): Promise<void> {
    this.seedTransaction(network);
  }

  async list(): Promise<CityRecord[]> {
    return this.all.all().map(toRecord);
  }

  async find(slug: string): Promise<CityRecord | null> {
    const row = this.one.get(slug);
    return row ? toRecord(row) : null;
  }

  async updateSettings(slug: string, next: CitySettings, audit: (previous: CitySettings) => AuditRecord[]): Promise<SettingsUpdate> {
    return this.settingsTransaction(slug, next, audit);
  }
}
