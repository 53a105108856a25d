import type { DemoPlan } from './DemoPlan.js';

/** Barnsley (United Kingdom), in English: a draft with its first actions costed. */
export const BARNSLEY_PLAN: DemoPlan = {
  citySlug: 'barnsley',
  locale: 'en',
  state: 'draft',
  versionLabel: 'First full draft for the ULG',
  sections: {
    context: [
      {
        paragraph:
          'Barnsley grew on coal, glass and linen. Since the last pits closed in the 1990s the town centre has lost shops and footfall, while a young creative scene has grown around the Digital Media Centre, The Civic and Elsecar Heritage Centre.',
      },
      {
        paragraph:
          'The creative industries now employ about 1,800 people in the borough, most of them freelancers or micro-businesses of fewer than five staff. Many leave for Sheffield or Leeds once they need a bigger studio or a first client outside the region.',
      },
      { subheading: 'What the ULG found' },
      {
        bullets: [
          'Empty upper floors on Market Street and Peel Street that could hold studios at low rent.',
          'Good fibre broadband in the centre, but few places to meet clients or show work.',
          'Schools and Barnsley College train digital skills, with no clear route into local jobs.',
        ],
      },
    ],
    vision: [
      {
        paragraph:
          'By 2030 Barnsley town centre is where South Yorkshire’s small creative businesses start, grow and stay: busy upper floors, a year-round programme of events, and young people who see a creative career at home.',
      },
    ],
    'integrated-approach': [
      {
        paragraph:
          'The plan links three council services that used to work apart: regeneration (empty property), culture (The Civic and the museums) and employment and skills. Each action names the service that leads it and the partners from the ULG who share the work.',
      },
    ],
    participation: [
      {
        paragraph:
          'The URBACT Local Group met six times in 2026, twice in the Digital Media Centre and once on an open day in the Glass Works. Freelancers who could not come in the daytime sent their views through an online survey (142 answers).',
      },
    ],
  },
  objectives: [
    {
      id: 'brn-obj-spaces',
      title: 'Bring empty upper floors back into creative use',
      description: 'Affordable, flexible studio space in the town centre for freelancers and micro-businesses.',
      indicators: [
        { id: 'brn-ind-floorspace', name: 'Upper-floor space let to creative tenants (m²)', baseline: '0', target: '1,200', source: 'Council property register', frequency: 'yearly' },
      ],
    },
    {
      id: 'brn-obj-talent',
      title: 'Keep young creative talent in Barnsley',
      description: 'Clear routes from school and college into local creative work.',
      indicators: [
        { id: 'brn-ind-placements', name: 'Paid placements in local creative firms', baseline: '12 per year', target: '60 per year', source: 'Barnsley College', frequency: 'yearly' },
        { id: 'brn-ind-startups', name: 'New creative businesses registered in the borough', baseline: '48 in 2025', target: '80 per year', source: 'Companies House', frequency: 'yearly' },
      ],
    },
  ],
  actions: [
    {
      id: 'brn-act-meanwhile',
      title: 'Meanwhile-use leases for upper floors on Market Street',
      objectiveId: 'brn-obj-spaces',
      description: 'Broker two-year leases between landlords and creative tenants, with the council covering business rates in the first year.',
      leadOrganisation: 'Barnsley Council, Regeneration',
      partners: [],
      start: '2026-09-01',
      end: '2028-08-31',
      estimatedCost: 180000,
      fundingSources: [
        { source: 'UK Shared Prosperity Fund', amount: 120000, status: 'secured' },
        { source: 'Landlords’ contribution', amount: 60000, status: 'likely' },
      ],
      outputs: 'Ten units let, a standard lease template, a register of available floors.',
      resultIndicators: [
        { id: 'brn-ind-units', name: 'Units let on meanwhile leases', baseline: '0', target: '10', source: 'Regeneration team', frequency: 'quarterly' },
      ],
      risks: [{ risk: 'Landlords withdraw when a commercial tenant appears', mitigation: 'Break clause with six months’ notice and a relocation offer' }],
      status: 'agreed',
    },
    {
      id: 'brn-act-placements',
      title: 'Creative placements for college leavers',
      objectiveId: 'brn-obj-talent',
      description: 'Twelve-week paid placements in local studios, matched by the college’s careers team.',
      leadOrganisation: 'Barnsley College',
      partners: [],
      start: '2026-10-01',
      end: '2028-06-30',
      estimatedCost: 95000,
      fundingSources: [
        { source: 'UK Shared Prosperity Fund', amount: 55000, status: 'secured' },
        { source: 'Employers', amount: 40000, status: 'to_find' },
      ],
      outputs: 'Sixty placements over two academic years.',
      resultIndicators: [],
      risks: [{ risk: 'Too few studios able to host', mitigation: '' }],
      status: 'proposed',
    },
    {
      id: 'brn-act-showcase',
      title: 'Barnsley Makers showcase at The Civic',
      objectiveId: 'brn-obj-talent',
      description: 'A yearly weekend where local studios open their doors and show work to clients and families.',
      leadOrganisation: 'The Civic',
      partners: [],
      start: '2027-03-01',
      end: '2027-05-31',
      estimatedCost: 30000,
      fundingSources: [{ source: 'Arts Council England', amount: 30000, status: 'likely' }],
      outputs: 'One showcase weekend per year, with a printed and online guide.',
      resultIndicators: [],
      risks: [],
      status: 'proposed',
    },
    {
      id: 'brn-act-fibre',
      title: 'Shared client room in the Digital Media Centre',
      objectiveId: 'brn-obj-spaces',
      description: 'Fit out a bookable meeting and screening room for tenants of the upper floors.',
      leadOrganisation: 'Digital Media Centre',
      partners: [],
      start: '2027-01-15',
      end: '2027-06-30',
      estimatedCost: 45000,
      fundingSources: [{ source: 'To be identified', amount: 45000, status: 'to_find' }],
      outputs: 'One room, bookable online.',
      resultIndicators: [],
      risks: [],
      status: 'proposed',
    },
  ],
  threads: [
    {
      actionId: 'brn-act-placements',
      by: 'member',
      body: 'Can we ask the Chamber of Commerce to help find employers? Forty thousand from employers looks optimistic.',
      replies: [{ by: 'coordinator', body: 'Good point. I will raise it at the next ULG meeting and we can lower the share if needed.' }],
    },
    {
      actionId: 'brn-act-fibre',
      by: 'facilitator',
      body: 'Does this need its own action, or could it be part of the meanwhile leases?',
      replies: [],
    },
  ],
};
