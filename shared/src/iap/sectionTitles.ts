import { IAP_SECTION_IDS, type IapSectionId } from './sections.js';

/**
 * The section titles, in one place for both sides: the server prints them in its downloads
 * (exports), and the client merges them into each language's bundle as `iap.sections.<id>.title`
 * (`withSectionTitles`), so its locale files do not hold a second copy. Locales without a
 * translation fall back to English.
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
  pt: {
    context: 'Contexto e situação de partida',
    vision: 'Visão',
    objectives: 'Objetivos',
    'integrated-approach': 'Abordagem integrada',
    actions: 'Ações',
    implementation: 'Quadro de implementação',
    monitoring: 'Monitorização',
    participation: 'Participação e aprendizagem transnacional',
    'pilot-actions': 'Ações de pequena escala',
  },
  es: {
    context: 'Contexto y situación de partida',
    vision: 'Visión',
    objectives: 'Objetivos',
    'integrated-approach': 'Enfoque integrado',
    actions: 'Acciones',
    implementation: 'Marco de ejecución',
    monitoring: 'Seguimiento',
    participation: 'Participación y aprendizaje transnacional',
    'pilot-actions': 'Acciones a pequeña escala',
  },
  it: {
    context: 'Contesto e situazione di partenza',
    vision: 'Visione',
    objectives: 'Obiettivi',
    'integrated-approach': 'Approccio integrato',
    actions: 'Azioni',
    implementation: 'Quadro di attuazione',
    monitoring: 'Monitoraggio',
    participation: 'Partecipazione e apprendimento transnazionale',
    'pilot-actions': 'Azioni su piccola scala',
  },
  hu: {
    context: 'Háttér és kiinduló helyzet',
    vision: 'Jövőkép',
    objectives: 'Célok',
    'integrated-approach': 'Integrált megközelítés',
    actions: 'Intézkedések',
    implementation: 'Megvalósítási keret',
    monitoring: 'Nyomon követés',
    participation: 'Részvétel és nemzetközi tanulás',
    'pilot-actions': 'Kisléptékű intézkedések',
  },
  ro: {
    context: 'Context și situația de pornire',
    vision: 'Viziune',
    objectives: 'Obiective',
    'integrated-approach': 'Abordare integrată',
    actions: 'Acțiuni',
    implementation: 'Cadrul de implementare',
    monitoring: 'Monitorizare',
    participation: 'Participare și învățare transnațională',
    'pilot-actions': 'Acțiuni la scară mică',
  },
  fi: {
    context: 'Tausta ja lähtötilanne',
    vision: 'Visio',
    objectives: 'Tavoitteet',
    'integrated-approach': 'Integroitu lähestymistapa',
    actions: 'Toimenpiteet',
    implementation: 'Toteutuksen puitteet',
    monitoring: 'Seuranta',
    participation: 'Osallistuminen ja kansainvälinen oppiminen',
    'pilot-actions': 'Pienimuotoiset kokeilut',
  },
} as const satisfies Record<string, Record<IapSectionId, string>>;

export type SectionTitleLocale = keyof typeof IAP_SECTION_TITLES;

/** The title of a section in `locale` (a city's language), English when that locale has none. */
export function iapSectionTitle(sectionId: IapSectionId, locale: string): string {
  const titles: Partial<Record<string, Record<IapSectionId, string>>> = IAP_SECTION_TITLES;
  return (titles[locale] ?? IAP_SECTION_TITLES.en)[sectionId];
}

/** The keys the client's translation bundles get from here. */
export interface SectionTitleTexts {
  iap: { sections: Record<IapSectionId, { title: string }> };
}

/**
 * A translation bundle of the client (its locale file) with the section titles of `locale`
 * filled in at `iap.sections.<id>.title`, next to what the file holds there (the guidance).
 */
export function withSectionTitles<T extends object>(locale: string, bundle: T): T & SectionTitleTexts {
  const iap = (bundle as { iap?: { sections?: Record<string, object> } }).iap ?? {};
  const sections: Record<string, object> = { ...iap.sections };
  for (const id of IAP_SECTION_IDS) sections[id] = { ...sections[id], title: iapSectionTitle(id, locale) };
  return { ...bundle, iap: { ...iap, sections } } as T & SectionTitleTexts;
}
