import type { Action, BudgetSummary, PlanState, Indicator, IapSectionId, Language, Objective, StakeholderSector } from '@iap/shared';

/**
 * The plan as every export format renders it: plain data read once from the live document,
 * so DOCX, PDF and HTML cannot disagree about what the plan says. Text is kept as written;
 * each renderer escapes it for its own format.
 */
export interface ExportPlan {
  city: { slug: string; name: string; language: string };
  /** The language of the fixed texts and section titles: the reader's (see i18n/readerLanguage.ts), not always the city's. */
  language: Language;
  networkName: string;
  state: PlanState;
  /** The title page's version line: the live plan on the export date, and the last named version. */
  versionLabel: string;
  /** The export date, `YYYY-MM-DD`. */
  date: string;
  sections: ExportSection[];
  objectives: Objective[];
  actions: Action[];
  budget: BudgetSummary;
  indicators: IndicatorRow[];
  /** Only stakeholders who consented to be listed, without contact details. */
  stakeholders: { name: string; organisation: string | null; sector: StakeholderSector }[];
}

export interface ExportSection {
  id: IapSectionId;
  title: string;
  blocks: Block[];
}

/** A run of text with its marks. `href` is set only for a link that is safe to follow. */
export interface Inline {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

/** One of the plan's structured parts, rendered where its atom sits in the text. */
export type PlanPart = 'objectives' | 'actions' | 'timeline' | 'budget' | 'indicators';

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | { kind: 'table'; rows: { cells: { header: boolean; blocks: Block[] }[] }[] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'part'; part: PlanPart };

/** A row of the indicators annex: `owner` is O1, O2… for objectives and A1, A2… for actions. */
export interface IndicatorRow {
  owner: string;
  indicator: Indicator;
}
