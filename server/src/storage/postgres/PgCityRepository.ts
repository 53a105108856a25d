import type pg from 'pg';
import type { AuditRecord } from '../../audit/AuditLog.js';
import type { CityRecord, CityRepository, CitySettings, NetworkSeed, SettingsUpdate } from '../../cities/CityRepository.js';
import { isoAt, type Clock } from '../../clock.js';
import { writeAudit } from './PgAuditLog.js';
import { inTransaction } from './inTransaction.js';

const SELECT_CITY = `
  SELECT c.slug, c.name, c.country, c.language, c.network_slug AS "networkSlug", n.name AS "networkName",
         n.lead_partner_city AS "leadPartnerCity", c.observers_can_comment AS "observersCanComment"
  FROM cities c JOIN networks n ON n.slug = c.network_slug`;

/** CityRepository over PostgreSQL; a settings change locks its city's row for the comparison. */
export class PgCityRepository implements CityRepository {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: Clock,
  ) {}

  seedNetwork(network: NetworkSeed): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO networks (slug, name, theme, lead_partner_city) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) DO UPDATE SET name = excluded.name, theme = excluded.theme, lead_partner_city = excluded.lead_partner_city`,
        [network.slug, network.name, network.theme, network.leadPartnerCity],
      );
      // Names and countries follow the product data; settings chosen by a coordinator are kept.
      for (const [position, city] of network.cities.entries()) {
        await client.query(
          `INSERT INTO cities (slug, network_slug, name, country, language, position) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (slug) DO UPDATE SET network_slug = excluded.network_slug, name = excluded.name,
             country = excluded.country, language = excluded.language, position = excluded.position`,
          [city.slug, network.slug, city.name, city.country, city.language, position],
        );
      }
    });
  }

  async list(): Promise<CityRecord[]> {
    return (await this.pool.query<CityRecord>(`${SELECT_CITY} ORDER BY c.position, c.slug COLLATE "C"`)).rows;
  }

  async find(slug: string): Promise<CityRecord | null> {
    return (await this.pool.query<CityRecord>(`${SELECT_CITY} WHERE c.slug = $1`, [slug])).rows[0] ?? null;
  }

  updateSettings(slug: string, next: CitySettings, audit: (previous: CitySettings) => AuditRecord[]): Promise<SettingsUpdate> {
    return inTransaction(this.pool, async (client): Promise<SettingsUpdate> => {
      const row = (
        await client.query<{ observersCanComment: boolean }>('SELECT observers_can_comment AS "observersCanComment" FROM cities WHERE slug = $1 FOR UPDATE', [slug])
      ).rows[0];
      if (!row) return { outcome: 'not_found' };
      const previous = { observersCanComment: row.observersCanComment };
      if (previous.observersCanComment === next.observersCanComment) return { outcome: 'unchanged' };
      await client.query('UPDATE cities SET observers_can_comment = $1 WHERE slug = $2', [next.observersCanComment, slug]);
      await writeAudit(client, audit(previous), isoAt(this.clock()));
      return { outcome: 'changed', previous };
    });
  }
}
