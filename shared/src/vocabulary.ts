import type { ActionStatus, FundingStatus } from './iap/actions.js';
import { withSectionTitles, type SectionTitleTexts } from './iap/sectionTitles.js';
import type { INDICATOR_FREQUENCIES } from './iap/indicators.js';
import type { Language } from './network.js';
import type { PlanState } from './planStates.js';
import type { StakeholderSector } from './stakeholders.js';

/**
 * The words the app and the server's downloads must say alike: plan states, action and funding
 * statuses, indicator frequencies, stakeholder sectors, and the placeholders for an untitled or
 * unset value. Kept once, here: the server prints them in exports, and the client merges them
 * into each language's translation bundle (`withSharedTexts`) at the keys its screens use, so
 * its locale files hold no second copy.
 */
export interface Vocabulary {
  states: Record<PlanState, string>;
  actionStatuses: Record<ActionStatus, string>;
  fundingStatuses: Record<FundingStatus, string>;
  frequencies: Record<(typeof INDICATOR_FREQUENCIES)[number], string>;
  sectors: Record<StakeholderSector, string>;
  untitled: string;
  notSet: string;
}

export const VOCABULARY: Record<Language, Vocabulary> = {
  en: {
    states: {
      draft: 'Draft',
      in_review: 'In review',
      validated: 'Validated',
      submitted: 'Submitted',
      final: 'Final',
    },
    actionStatuses: {
      proposed: 'Proposed',
      agreed: 'Agreed',
      in_progress: 'In progress',
      completed: 'Completed',
      dropped: 'Dropped',
    },
    fundingStatuses: {
      secured: 'Secured',
      likely: 'Likely',
      to_find: 'To find',
    },
    frequencies: {
      monthly: 'Monthly',
      quarterly: 'Quarterly',
      yearly: 'Yearly',
      once: 'Once',
    },
    sectors: {
      public_authority: 'Public authority',
      business: 'Business',
      civil_society: 'Civil society / NGO',
      education_research: 'Education and research',
      culture_creative: 'Culture and creative sector',
      citizen: 'Citizen',
    },
    untitled: '(untitled)',
    notSet: 'not set',
  },
  pt: {
    states: {
      draft: 'Rascunho',
      in_review: 'Em revisão',
      validated: 'Validado',
      submitted: 'Submetido',
      final: 'Final',
    },
    actionStatuses: {
      proposed: 'Proposta',
      agreed: 'Acordada',
      in_progress: 'Em curso',
      completed: 'Concluída',
      dropped: 'Abandonada',
    },
    fundingStatuses: {
      secured: 'Garantido',
      likely: 'Provável',
      to_find: 'Por encontrar',
    },
    frequencies: {
      monthly: 'Mensal',
      quarterly: 'Trimestral',
      yearly: 'Anual',
      once: 'Uma vez',
    },
    sectors: {
      public_authority: 'Administração pública',
      business: 'Empresas',
      civil_society: 'Sociedade civil / ONG',
      education_research: 'Educação e investigação',
      culture_creative: 'Cultura e setor criativo',
      citizen: 'Cidadão',
    },
    untitled: '(sem título)',
    notSet: 'não definido',
  },
  es: {
    states: {
      draft: 'Borrador',
      in_review: 'En revisión',
      validated: 'Validado',
      submitted: 'Presentado',
      final: 'Definitivo',
    },
    actionStatuses: {
      proposed: 'Propuesta',
      agreed: 'Acordada',
      in_progress: 'En marcha',
      completed: 'Completada',
      dropped: 'Descartada',
    },
    fundingStatuses: {
      secured: 'Asegurada',
      likely: 'Probable',
      to_find: 'Por conseguir',
    },
    frequencies: {
      monthly: 'Mensual',
      quarterly: 'Trimestral',
      yearly: 'Anual',
      once: 'Una vez',
    },
    sectors: {
      public_authority: 'Administración pública',
      business: 'Empresas',
      civil_society: 'Sociedad civil / ONG',
      education_research: 'Educación e investigación',
      culture_creative: 'Cultura y sector creativo',
      citizen: 'Ciudadanía',
    },
    untitled: '(sin título)',
    notSet: 'sin definir',
  },
  it: {
    states: {
      draft: 'Bozza',
      in_review: 'In revisione',
      validated: 'Convalidato',
      submitted: 'Presentato',
      final: 'Definitivo',
    },
    actionStatuses: {
      proposed: 'Proposta',
      agreed: 'Concordata',
      in_progress: 'In corso',
      completed: 'Completata',
      dropped: 'Abbandonata',
    },
    fundingStatuses: {
      secured: 'Assicurato',
      likely: 'Probabile',
      to_find: 'Da trovare',
    },
    frequencies: {
      monthly: 'Mensile',
      quarterly: 'Trimestrale',
      yearly: 'Annuale',
      once: 'Una volta',
    },
    sectors: {
      public_authority: 'Pubblica amministrazione',
      business: 'Imprese',
      civil_society: 'Società civile / ONG',
      education_research: 'Istruzione e ricerca',
      culture_creative: 'Cultura e settore creativo',
      citizen: 'Cittadino',
    },
    untitled: '(senza titolo)',
    notSet: 'non indicato',
  },
  hu: {
    states: {
      draft: 'Tervezet',
      in_review: 'Véleményezés alatt',
      validated: 'Jóváhagyva',
      submitted: 'Benyújtva',
      final: 'Végleges',
    },
    actionStatuses: {
      proposed: 'Javasolt',
      agreed: 'Elfogadott',
      in_progress: 'Folyamatban',
      completed: 'Befejezett',
      dropped: 'Elvetett',
    },
    fundingStatuses: {
      secured: 'Biztosított',
      likely: 'Valószínű',
      to_find: 'Még keresendő',
    },
    frequencies: {
      monthly: 'Havonta',
      quarterly: 'Negyedévente',
      yearly: 'Évente',
      once: 'Egyszer',
    },
    sectors: {
      public_authority: 'Közigazgatás',
      business: 'Vállalkozások',
      civil_society: 'Civil társadalom / civil szervezet',
      education_research: 'Oktatás és kutatás',
      culture_creative: 'Kultúra és kreatív ágazat',
      citizen: 'Lakos',
    },
    untitled: '(cím nélkül)',
    notSet: 'nincs megadva',
  },
  ro: {
    states: {
      draft: 'Ciornă',
      in_review: 'În revizuire',
      validated: 'Validat',
      submitted: 'Trimis',
      final: 'Final',
    },
    actionStatuses: {
      proposed: 'Propusă',
      agreed: 'Convenită',
      in_progress: 'În desfășurare',
      completed: 'Încheiată',
      dropped: 'Abandonată',
    },
    fundingStatuses: {
      secured: 'Asigurată',
      likely: 'Probabilă',
      to_find: 'De găsit',
    },
    frequencies: {
      monthly: 'Lunar',
      quarterly: 'Trimestrial',
      yearly: 'Anual',
      once: 'O singură dată',
    },
    sectors: {
      public_authority: 'Autoritate publică',
      business: 'Mediul de afaceri',
      civil_society: 'Societate civilă / ONG',
      education_research: 'Educație și cercetare',
      culture_creative: 'Cultură și sectorul creativ',
      citizen: 'Cetățean',
    },
    untitled: '(fără titlu)',
    notSet: 'nestabilit',
  },
  fi: {
    states: {
      draft: 'Luonnos',
      in_review: 'Tarkastettavana',
      validated: 'Hyväksytty',
      submitted: 'Jätetty',
      final: 'Lopullinen',
    },
    actionStatuses: {
      proposed: 'Ehdotettu',
      agreed: 'Sovittu',
      in_progress: 'Käynnissä',
      completed: 'Valmis',
      dropped: 'Luovuttu',
    },
    fundingStatuses: {
      secured: 'Varmistettu',
      likely: 'Todennäköinen',
      to_find: 'Vielä löydettävä',
    },
    frequencies: {
      monthly: 'Kuukausittain',
      quarterly: 'Neljännesvuosittain',
      yearly: 'Vuosittain',
      once: 'Kerran',
    },
    sectors: {
      public_authority: 'Julkinen hallinto',
      business: 'Yritykset',
      civil_society: 'Kansalaisyhteiskunta / järjestöt',
      education_research: 'Koulutus ja tutkimus',
      culture_creative: 'Kulttuuri ja luovat alat',
      citizen: 'Asukas',
    },
    untitled: '(nimetön)',
    notSet: 'ei asetettu',
  },
};

/** The words in `language`, English for a language the network does not write in. */
export function vocabularyOf(language: string): Vocabulary {
  return VOCABULARY[language as Language] ?? VOCABULARY.en;
}

/** The keys the client's translation bundles get from shared/ (see withSharedTexts). */
export type SharedTexts = SectionTitleTexts & {
  planState: { states: Vocabulary['states'] };
  iap: {
    untitled: string;
    notSet: string;
    action: { statuses: Vocabulary['actionStatuses'] };
    funding: { statuses: Vocabulary['fundingStatuses'] };
    indicator: { frequencies: Vocabulary['frequencies'] };
  };
  sectors: Vocabulary['sectors'];
};

type Tree = Record<string, unknown>;

/** `tree` with `path` set to `value`, every object on the way copied, never changed in place. */
function setAt(tree: Tree, path: readonly string[], value: unknown): Tree {
  const [head, ...rest] = path;
  if (head === undefined) return tree;
  const inner = (tree[head] ?? {}) as Tree;
  return { ...tree, [head]: rest.length === 0 ? value : setAt(inner, rest, value) };
}

/**
 * A translation bundle of the client (its locale file for `language`) with the section titles
 * and the vocabulary of shared/ filled in at the keys the screens read.
 */
export function withSharedTexts<T extends object>(language: string, bundle: T): T & SharedTexts {
  const words = vocabularyOf(language);
  let tree = withSectionTitles(language, bundle) as unknown as Tree;
  tree = setAt(tree, ['planState', 'states'], words.states);
  tree = setAt(tree, ['iap', 'untitled'], words.untitled);
  tree = setAt(tree, ['iap', 'notSet'], words.notSet);
  tree = setAt(tree, ['iap', 'action', 'statuses'], words.actionStatuses);
  tree = setAt(tree, ['iap', 'funding', 'statuses'], words.fundingStatuses);
  tree = setAt(tree, ['iap', 'indicator', 'frequencies'], words.frequencies);
  tree = setAt(tree, ['sectors'], words.sectors);
  return tree as T & SharedTexts;
}
