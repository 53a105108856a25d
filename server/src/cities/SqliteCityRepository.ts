import type { Db } from '../db/openDatabase.js';

export interface CityRecord {
  slug: string;
  name: string;
  country: string;
  language: string;
  networkSlug: string;
  networkName: string;
  leadPartnerCity: string;
  observersCanComment: boolean;
}

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

/** SQL for networks and cities. Cities are product data, seeded at start (seed/seedNetwork.ts). */
export class CityRepository {
  private readonly all;
  private readonly one;
  private readonly updateObserversCanComment;
  private readonly upsertNetworkRow;
  private readonly upsertCityRow;

  constructor(db: Db) {
    this.all = db.prepare<[], CityRow>(`${SELECT_CITY} ORDER BY c.rowid`);
    this.one = db.prepare<[string], CityRow>(`${SELECT_CITY} WHERE c.slug = ?`);
    this.updateObserversCanComment = db.prepare('UPDATE cities SET observers_can_comment = ? WHERE slug = ?');
    this.upsertNetworkRow = db.prepare(
      `INSERT INTO networks (slug, name, theme, lead_partner_city) VALUES (@slug, @name, @theme, @leadPartnerCity)
       ON CONFLICT (slug) DO UPDATE SET name = excluded.name, theme = excluded.theme,
                                        lead_partner_city = excluded.lead_partner_city`,
    );
    // Names and countries follow the product data; settings chosen by a coordinator are kept.
    this.upsertCityRow = db.prepare(
      `INSERT INTO cities (slug, network_slug, name, country, language) VALUES (@slug, @networkSlug, @name, @country, @language)
       ON CONFLICT (slug) DO UPDATE SET network_slug = excluded.network_slug, name = excluded.name,
                                        country = excluded.country, language = excluded.language`,
    );
  }

  upsertNetwork(network: { slug: string; name: string; theme: string; leadPartnerCity: string }): void {
    this.upsertNetworkRow.run(network);
  }

  upsertCity(city: { slug: string; networkSlug: string; name: string; country: string; language: string }): void {
    this.upsertCityRow.run(city);
  }

  /** Every city, in seeding order (the lead partner first). */
  list(): CityRecord[] {
    return this.all.all().map(toRecord);
  }

  find(slug: string): CityRecord | null {
    const row = this.one.get(slug);
    return row ? toRecord(row) : null;
  }

  setObserversCanComment(slug: string, value: boolean): void {
    this.updateObserversCanComment.run(value ? 1 : 0, slug);
  }
}
