import { CREATIVE_CLUSTERS } from '@iap/shared';
import type { CityRepository } from '../cities/CityRepository.js';

/**
 * Writes the Creative Clusters network and its nine cities. They are product data, not demo
 * data: every start runs this (idempotently, one transaction), with or without the demo seed.
 */
export function seedNetwork(cities: CityRepository): Promise<void> {
  return cities.seedNetwork({
    slug: CREATIVE_CLUSTERS.slug,
    name: CREATIVE_CLUSTERS.name,
    theme: CREATIVE_CLUSTERS.theme,
    leadPartnerCity: CREATIVE_CLUSTERS.leadPartner,
    cities: CREATIVE_CLUSTERS.cities,
  });
}
