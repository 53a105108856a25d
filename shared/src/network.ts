import { z } from 'zod';

/** The cities of the Creative Clusters network, with stable ASCII slugs (DOMAIN.md). */
export const CREATIVE_CLUSTERS = {
  slug: 'creative-clusters',
  name: 'Creative Clusters',
  theme: 'Creativity as a driver of development in small and middle-sized towns',
  leadPartner: 'obidos',
  cities: [
    { slug: 'obidos', name: 'Óbidos', country: 'PT', language: 'pt' },
    { slug: 'enguera', name: 'Enguera', country: 'ES', language: 'es' },
    { slug: 'viareggio', name: 'Viareggio', country: 'IT', language: 'it' },
    { slug: 'catanzaro', name: 'Catanzaro', country: 'IT', language: 'it' },
    { slug: 'reggio-emilia', name: 'Reggio Emilia', country: 'IT', language: 'it' },
    { slug: 'hodmezovasarhely', name: 'Hódmezővásárhely', country: 'HU', language: 'hu' },
    { slug: 'mizil', name: 'Mizil', country: 'RO', language: 'ro' },
    { slug: 'jyvaskyla', name: 'Jyväskylä', country: 'FI', language: 'fi' },
    { slug: 'barnsley', name: 'Barnsley', country: 'GB', language: 'en' },
  ],
} as const;

export const LANGUAGES = ['en', 'pt', 'es', 'it', 'hu', 'ro', 'fi'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const citySlugSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'a lowercase ASCII slug');

/** The name of a city's IAP document on the collaboration endpoint. */
export function iapDocumentName(citySlug: string): string {
  return `iap.${citySlug}`;
}
