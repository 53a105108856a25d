import type { DemoPlan } from './DemoPlan.js';

/** Mizil (Romania), in Romanian: an early draft, context and first actions written. */
export const MIZIL_PLAN: DemoPlan = {
  citySlug: 'mizil',
  locale: 'ro',
  state: 'draft',
  versionLabel: 'Prima versiune discutată în Grupul Local',
  sections: {
    context: [
      {
        paragraph:
          'Mizil este un oraș de aproximativ 14 000 de locuitori din județul Prahova, la poalele podgoriei Dealu Mare. După închiderea fabricilor din anii 2000, mulți tineri au plecat la Ploiești, București sau în străinătate.',
      },
      {
        paragraph:
          'Orașul are însă meșteșugari, producători de vin și o casă de cultură activă. Grupul Local URBACT crede că industriile creative pot lega aceste resurse într-o economie locală nouă.',
      },
      { subheading: 'Ce am aflat din consultări' },
      {
        bullets: [
          'Clădiri publice nefolosite în centru, care ar putea găzdui ateliere.',
          'Turiștii care vin pentru vin nu se opresc în oraș.',
          'Tinerii nu știu că se poate trăi din meserii creative la Mizil.',
        ],
      },
    ],
    vision: [
      {
        paragraph:
          'În 2030, Mizil este orașul în care vinul, meșteșugul și designul se întâlnesc: un centru viu, cu ateliere deschise, și tineri care aleg să rămână.',
      },
    ],
    participation: [
      {
        paragraph:
          'Grupul Local s-a întâlnit de cinci ori la Casa de Cultură. Au participat primăria, liceul tehnologic, trei crame din Dealu Mare, meșteșugari și o asociație de tineret.',
      },
    ],
  },
  objectives: [
    {
      id: 'miz-obj-workshops',
      title: 'Ateliere creative în clădirile nefolosite din centru',
      description: 'Spații ieftine pentru meșteșugari și tineri designeri.',
      indicators: [
        { id: 'miz-ind-workshops', name: 'Ateliere deschise în centru', baseline: '0', target: '8', source: 'Primăria Mizil', frequency: 'yearly' },
      ],
    },
    {
      id: 'miz-obj-wine',
      title: 'Turismul viticol aduce vizitatori în oraș',
      description: 'Legarea cramelor din Dealu Mare de oferta culturală a orașului.',
      indicators: [
        { id: 'miz-ind-visitors', name: 'Vizitatori la evenimentele din centru', baseline: 'aprox. 2 000 pe an', target: '10 000 pe an', source: 'Casa de Cultură', frequency: 'yearly' },
      ],
    },
  ],
  actions: [
    {
      id: 'miz-act-hub',
      title: 'Centrul meșteșugarilor în fosta clădire a poștei',
      objectiveId: 'miz-obj-workshops',
      description: 'Renovarea parterului și amenajarea a opt ateliere, închiriate la preț simbolic în primii doi ani.',
      leadOrganisation: 'Primăria Orașului Mizil',
      partners: [],
      start: '2027-02-01',
      end: '2028-10-31',
      estimatedCost: 350000,
      fundingSources: [
        { source: 'Programul Regional Sud-Muntenia 2021-2027', amount: 297500, status: 'likely' },
        { source: 'Bugetul local', amount: 52500, status: 'secured' },
      ],
      outputs: 'Opt ateliere renovate și o sală de expoziție.',
      resultIndicators: [],
      risks: [{ risk: 'Întârzieri la autorizația de construire', mitigation: 'Proiectul tehnic începe înainte de aprobarea finanțării' }],
      status: 'proposed',
    },
    {
      id: 'miz-act-festival',
      title: 'Festivalul „Vin și Meșteșug” la Mizil',
      objectiveId: 'miz-obj-wine',
      description: 'Un weekend pe an în care cramele și meșteșugarii își prezintă produsele în parcul central.',
      leadOrganisation: 'Casa de Cultură Mizil',
      partners: [],
      start: '2027-09-01',
      end: '2027-09-30',
      estimatedCost: 40000,
      fundingSources: [
        { source: 'Consiliul Județean Prahova', amount: 20000, status: 'likely' },
        { source: 'Sponsori (crame)', amount: 20000, status: 'to_find' },
      ],
      outputs: 'Prima ediție a festivalului.',
      resultIndicators: [],
      risks: [],
      status: 'proposed',
    },
    {
      id: 'miz-act-school',
      title: 'Cursuri de design și meșteșug la liceul tehnologic',
      objectiveId: 'miz-obj-workshops',
      description: 'Module opționale predate de meșteșugari locali, cu practică în atelierele din centru.',
      leadOrganisation: 'Liceul Tehnologic Mizil',
      partners: [],
      start: '2026-10-01',
      end: '2027-06-15',
      estimatedCost: 15000,
      fundingSources: [{ source: 'Erasmus+', amount: 15000, status: 'to_find' }],
      outputs: 'Două module pe an școlar.',
      resultIndicators: [],
      risks: [],
      status: 'proposed',
    },
    {
      id: 'miz-act-route',
      title: 'Traseul „De la cramă la oraș”',
      objectiveId: null,
      description: 'Indicatoare, hartă și transport la cerere între crame și centrul orașului.',
      leadOrganisation: 'Asociația Tinerilor din Mizil',
      partners: [],
      start: null,
      end: null,
      estimatedCost: null,
      fundingSources: [],
      outputs: '',
      resultIndicators: [],
      risks: [],
      status: 'proposed',
    },
  ],
  threads: [
    {
      actionId: 'miz-act-hub',
      by: 'member',
      body: 'Clădirea poștei are nevoie și de acoperiș nou. Suma estimată include și acoperișul?',
      replies: [{ by: 'coordinator', body: 'Nu încă. Cerem o evaluare tehnică luna aceasta și revenim cu suma corectă.' }],
    },
    {
      actionId: 'miz-act-route',
      by: 'facilitator',
      body: 'Acțiunea nu are încă un obiectiv. O legăm de turismul viticol?',
      replies: [],
    },
  ],
};
