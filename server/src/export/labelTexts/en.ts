/**
 * The fixed words of a plan export in English that only the downloads use. Section titles and
 * the words the app shares with them (states, statuses, sectors...) come from shared/.
 */
export const en = {
  network: 'Network',
  planState: 'Plan state',
  version: 'Version',
  date: 'Date',
  tableOfContents: 'Table of contents',
  /** The all-plans ZIP's name, before its date. */
  zipName: 'IAP plans',
  currentVersion: (date: string, lastNamed: { label: string; date: string } | null): string =>
    lastNamed ? `Current plan, ${date}; last named version “${lastNamed.label}” of ${lastNamed.date}` : `Current plan, ${date}`,
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
  actionsWithoutCost: (count: number): string =>
    count === 1 ? '1 action without an estimated cost is not counted.' : `${count} actions without an estimated cost are not counted.`,
};

export type ExportLabelTexts = typeof en;
