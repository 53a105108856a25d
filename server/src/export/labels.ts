import type { ActionStatus, FundingStatus, StakeholderSector } from '@iap/shared';

/**
 * The fixed words of an export, in English (the client's wording in en.json). Keyed by locale
 * like the section titles, so the languages issue can add the cities' languages here.
 */
const ENGLISH = {
  network: 'Network',
  planState: 'Plan state',
  version: 'Version',
  date: 'Date',
  tableOfContents: 'Table of contents',
  currentVersion: (date: string, lastNamed: { label: string; date: string } | null) =>
    lastNamed ? `Current plan, ${date}; last named version “${lastNamed.label}” of ${lastNamed.date}` : `Current plan, ${date}`,
  states: {
    draft: 'Draft',
    in_review: 'In review',
    validated: 'Validated',
    submitted: 'Submitted',
    final: 'Final',
  } as Record<string, string>,
  objectives: 'Objectives and indicators',
  noObjectives: 'No objective yet.',
  noIndicators: 'No indicator yet.',
  actionsInAnnex: 'The action table is in the annex at the end of this plan.',
  actionsAnnex: 'Annex: action table',
  noActions: 'No action yet.',
  timeline: 'Timeline',
  budget: 'Budget summary',
  indicatorsAnnex: 'Indicators annex',
  stakeholders: 'ULG stakeholders',
  stakeholdersNote: 'Stakeholders of the URBACT Local Group who agreed to be listed.',
  noStakeholders: 'No stakeholder has agreed to be listed yet.',
  column: {
    number: '#',
    title: 'Action',
    objective: 'Objective',
    lead: 'Lead organisation',
    start: 'Start',
    end: 'End',
    cost: 'Estimated cost',
    status: 'Status',
    owner: 'For',
    indicator: 'Indicator',
    baseline: 'Baseline',
    target: 'Target',
    source: 'Data source',
    frequency: 'Frequency',
    fundingSource: 'Funding source',
    total: 'Total',
    name: 'Name',
    organisation: 'Organisation',
    sector: 'Sector',
  },
  estimatedTotal: 'Estimated total cost',
  fundingGap: 'Funding gap',
  actionsWithoutCost: (count: number) => `${count} action(s) without an estimated cost are not counted.`,
  notSet: 'not set',
  untitled: '(untitled)',
  fundingStatuses: { secured: 'Secured', likely: 'Likely', to_find: 'To find' } satisfies Record<FundingStatus, string>,
  actionStatuses: {
    proposed: 'Proposed',
    agreed: 'Agreed',
    in_progress: 'In progress',
    completed: 'Completed',
    dropped: 'Dropped',
  } satisfies Record<ActionStatus, string>,
  frequencies: { monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly', once: 'Once' } as Record<string, string>,
  sectors: {
    public_authority: 'Public authority',
    business: 'Business',
    civil_society: 'Civil society / NGO',
    education_research: 'Education and research',
    culture_creative: 'Culture and creative sector',
    citizen: 'Citizen',
  } satisfies Record<StakeholderSector, string>,
};

export type ExportLabels = typeof ENGLISH;

const LABELS: Partial<Record<string, ExportLabels>> = { en: ENGLISH };

/** The labels in `locale`, English where none exist yet. */
export function exportLabels(locale: string): ExportLabels {
  return LABELS[locale] ?? ENGLISH;
}

const EURO = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** An amount in EUR as the export prints it; empty when there is none. */
export function formatEuro(amount: number | null): string {
  return amount === null ? '' : EURO.format(amount);
}
