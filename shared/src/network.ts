import * as z from 'zod/mini';

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

/**
 * The tag Intl formats dates and amounts with for a language, in the interface and in the
 * server's downloads. Translations are per language; formats are per country where CLDR's
 * default for the bare language is another country's: bare `pt` formats as in Brazil
 * ("€ 123.456"), the network's Portuguese town writes "123 456 €".
 */
export function interfaceLocale(language: Language): string {
  return language === 'pt' ? 'pt-PT' : language;
}

/**
 * `?lang=` of a download (plan export, workshop minutes): the language of its fixed texts,
 * when the reader wants another than their own (see docs/API.md, "Languages of downloads").
 */
export const downloadLanguageSchema = z.object({ lang: z.optional(languageSchema) });

export const citySlugSchema = z.string().check(z.regex(/^[a-z0-9-]{2,40}$/, 'a lowercase ASCII slug'));

/** The name of a city's IAP document on the collaboration endpoint. */
export function iapDocumentName(citySlug: string): string {
  return `iap.${citySlug}`;
}
