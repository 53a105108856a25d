import { CREATIVE_CLUSTERS } from '@iap/shared';
import type { CityRepository } from '../cities/CityRepository.js';
import type { Db } from '../db/openDatabase.js';

/**
 * Writes the Creative Clusters network and its nine cities. They are product data, not demo
 * data: every start runs this (idempotently), with or without the demo seed.
 */
export function seedNetwork(db: Db, cities: CityRepository): void {
  db.transaction(() => {
    cities.upsertNetwork({
      slug: CREATIVE_CLUSTERS.slug,
      name: CREATIVE_CLUSTERS.name,
      theme: CREATIVE_CLUSTERS.theme,
      leadPartnerCity: CREATIVE_CLUSTERS.leadPartner,
    });
    for (const city of CREATIVE_CLUSTERS.cities) {
      cities.upsertCity({ ...city, networkSlug: CREATIVE_CLUSTERS.slug });
    }
  })();
}
