import type { ExportLabelTexts } from './en.js';

const PLURAL = new Intl.PluralRules('ro');

export const ro: ExportLabelTexts = {
  network: 'Rețea',
  planState: 'Starea planului',
  version: 'Versiune',
  date: 'Data',
  tableOfContents: 'Cuprins',
  zipName: 'Planuri integrate de acțiune',
  currentVersion: (date, lastNamed) =>
    lastNamed ? `Planul actual, ${date}; ultima versiune cu nume: „${lastNamed.label}”, din ${lastNamed.date}` : `Planul actual, ${date}`,
  objectives: 'Obiective și indicatori',
  noObjectives: 'Niciun obiectiv încă.',
  noIndicators: 'Niciun indicator încă.',
  actionsInAnnex: 'Tabelul acțiunilor se află în anexa de la sfârșitul planului.',
  actionsAnnex: 'Anexă: tabelul acțiunilor',
  noActions: 'Nicio acțiune încă.',
  timeline: 'Calendarul acțiunilor',
  budget: 'Sinteza bugetului',
  indicatorsAnnex: 'Anexa indicatorilor',
  stakeholders: 'Părțile interesate din Grupul Local URBACT',
  stakeholdersNote: 'Părțile interesate din Grupul Local URBACT care au acceptat să apară în listă.',
  noStakeholders: 'Nicio parte interesată nu a acceptat încă să apară în listă.',
  column: {
    number: 'Nr.',
    title: 'Acțiune',
    objective: 'Obiectiv',
    lead: 'Organizația responsabilă',
    start: 'Început',
    end: 'Sfârșit',
    cost: 'Cost estimat',
    status: 'Stadiu',
    owner: 'Asociat cu',
    indicator: 'Indicator',
    baseline: 'Valoare de pornire',
    target: 'Țintă',
    source: 'Sursa datelor',
    frequency: 'Frecvență',
    fundingSource: 'Sursa de finanțare',
    total: 'Total',
    name: 'Nume',
    organisation: 'Organizație',
    sector: 'Sector',
  },
  estimatedTotal: 'Cost total estimat',
  fundingGap: 'Finanțare lipsă',
  // Three forms: 1 acțiune, 2–19 acțiuni, 20 de acțiuni.
  actionsWithoutCost: (count) => {
    const form = PLURAL.select(count);
    if (form === 'one') return '1 acțiune fără cost estimat nu este inclusă în total.';
    return `${count} ${form === 'few' ? '' : 'de '}acțiuni fără cost estimat nu sunt incluse în total.`;
  },
};
