import type { CityLookup } from '../access/authorizeInCity.js';
import type { AuditRecord } from '../audit/AuditLog.js';

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

/** What a coordinator chooses for their city (today one switch). */
export interface CitySettings {
  observersCanComment: boolean;
}

/** The network and its cities as product data describes them (shared CREATIVE_CLUSTERS). */
export interface NetworkSeed {
  slug: string;
  name: string;
  theme: string;
  leadPartnerCity: string;
  /** In the order `list` returns them (the lead partner first). */
  cities: readonly { slug: string; name: string; country: string; language: string }[];
}

export type SettingsUpdate =
  /** Written, with the audit entries; `previous` is what was stored before. */
  | { outcome: 'changed'; previous: CitySettings }
  /** The stored settings already equal the new ones: nothing written, no audit entry. */
  | { outcome: 'unchanged' }
  | { outcome: 'not_found' };

/**
 * Networks and cities (tables `networks`, `cities`). Cities are product data, written at every
 * start by `seedNetwork` (idempotently); only their settings change at run time.
 */
export interface CityRepository extends CityLookup<CityRecord> {
  /**
   * Writes the network and its cities in one transaction. Upserts: a network's name, theme and
   * lead partner, a city's network, name, country, language and `position` (its index in
   * `network.cities`) follow the seed; a city's settings (`observers_can_comment`) are kept.
   * Cities no longer in the seed are left as they are.
   */
  seedNetwork(network: NetworkSeed): Promise<void>;
  /** Every city with its network's name and lead partner, by `position` ascending, then slug. */
  list(): Promise<CityRecord[]>;
  /** The city, or null when no city has this slug. */
  find(slug: string): Promise<CityRecord | null>;
  /**
   * Stores `next` in one transaction with the entries `audit(previous)` returns (a pure
   * function, called at most once, only when something changes), stamped with the store's clock.
   * The comparison with the stored settings is made inside the transaction.
   */
  updateSettings(slug: string, next: CitySettings, audit: (previous: CitySettings) => AuditRecord[]): Promise<SettingsUpdate>;
}
