import type { IapSectionId } from './sections.js';

/**
 * Section titles for what the server renders itself (exports). The client's copy lives in its
 * locale files (`iap.sections.<id>.title`); this one must read the same, and a test checks it
 * against en.json. Locales without a translation fall back to English.
 */
export const IAP_SECTION_TITLES = {
  en: {
    context: 'Context and baseline',
    vision: 'Vision',
    objectives: 'Objectives',
    'integrated-approach': 'Integrated approach',
    actions: 'Actions',
    implementation: 'Implementation framework',
    monitoring: 'Monitoring',
    participation: 'Participation and transnational learning',
    'pilot-actions': 'Small-scale actions',
  },
} as const satisfies Record<string, Record<IapSectionId, string>>;

export type SectionTitleLocale = keyof typeof IAP_SECTION_TITLES;

/** The title of a section in `locale` (a city's language), English when that locale has none. */
export function iapSectionTitle(sectionId: IapSectionId, locale: string): string {
  const titles: Partial<Record<string, Record<IapSectionId, string>>> = IAP_SECTION_TITLES;
  return (titles[locale] ?? IAP_SECTION_TITLES.en)[sectionId];
}
