import type { DemoPlan } from './DemoPlan.js';

/** Jyväskylä (Finland), in Finnish: a plan sent to the lead partner for review. */
export const JYVASKYLA_PLAN: DemoPlan = {
  citySlug: 'jyvaskyla',
  locale: 'fi',
  state: 'submitted',
  versionLabel: 'Lähetetty pääpartnerille',
  sections: {
    context: [
      {
        paragraph:
          'Jyväskylä on noin 150 000 asukkaan yliopistokaupunki Keski-Suomessa. Kaupungissa opiskelee yli 40 000 nuorta, mutta moni muuttaa valmistuttuaan pääkaupunkiseudulle, koska luovan alan työpaikkoja on vähän.',
      },
      {
        paragraph:
          'Entisen paperitehtaan alueelle Kankaalle on rakentunut uusi kaupunginosa, jonne on jo muuttanut pelialan yrityksiä, muotoilijoita ja tapahtumatuottajia. Luovan talouden kasvulle on siis hyvä pohja.',
      },
      { subheading: 'Paikallisen URBACT-ryhmän havainnot' },
      {
        bullets: [
          'Opiskelijoiden ja yritysten välillä on liian vähän yhteisiä projekteja.',
          'Pienet luovan alan yritykset eivät tunne julkisia rahoitusmahdollisuuksia.',
          'Alvar Aallon arkkitehtuuri houkuttelee matkailijoita, mutta sitä ei hyödynnetä luovassa taloudessa.',
        ],
      },
    ],
    vision: [
      {
        paragraph:
          'Vuonna 2030 Jyväskylä on Suomen paras paikka aloittaa luovan alan yritys: opiskelijat, yritykset ja kaupunki kehittävät yhdessä uusia palveluja, ja osaajat jäävät kaupunkiin.',
      },
    ],
    'integrated-approach': [
      {
        paragraph:
          'Suunnitelma yhdistää kaupungin elinkeinopalvelut, Jyväskylän yliopiston, Jyväskylän ammattikorkeakoulun (JAMK) ja kulttuuripalvelut. Jokaisella toimenpiteellä on vastuutaho ja kumppanit vähintään kahdelta sektorilta.',
      },
    ],
    implementation: [
      {
        paragraph:
          'Toteutusta ohjaa elinkeinopalveluiden johtama työryhmä, joka kokoontuu neljännesvuosittain ja raportoi kaupunginhallitukselle kerran vuodessa.',
      },
    ],
    participation: [
      {
        paragraph:
          'Paikalliseen ryhmään osallistui 27 henkilöä. Lisäksi järjestimme kaksi avointa työpajaa Kankaalla, joihin osallistui yhteensä noin 90 opiskelijaa ja yrittäjää.',
      },
    ],
  },
  objectives: [
    {
      id: 'jkl-obj-startups',
      title: 'Lisää luovan alan yrityksiä Jyväskylään',
      description: 'Kynnys yrityksen perustamiseen madaltuu ja ensimmäiset vuodet tuetaan.',
      indicators: [
        { id: 'jkl-ind-new-firms', name: 'Uudet luovan alan yritykset vuodessa', baseline: '35', target: '60', source: 'Yritysrekisteri', frequency: 'yearly' },
      ],
    },
    {
      id: 'jkl-obj-stay',
      title: 'Valmistuneet osaajat jäävät kaupunkiin',
      description: 'Opiskelijat tutustuvat paikallisiin yrityksiin jo opintojen aikana.',
      indicators: [
        { id: 'jkl-ind-stay', name: 'Luovien alojen valmistuneista Jyväskylässä töissä vuoden kuluttua', baseline: '38 %', target: '55 %', source: 'Jyväskylän yliopiston uraseuranta', frequency: 'yearly' },
        { id: 'jkl-ind-projects', name: 'Opiskelijoiden ja yritysten yhteisprojektit', baseline: '20 vuodessa', target: '70 vuodessa', source: 'JAMK', frequency: 'yearly' },
      ],
    },
  ],
  actions: [
    {
      id: 'jkl-act-kangas-hub',
      title: 'Luovan talouden yrityskiihdyttämö Kankaalle',
      objectiveId: 'jkl-obj-startups',
      description: 'Kuuden kuukauden kiihdyttämöohjelma, sparrausta ja yhteiset työtilat entisessä tehdasrakennuksessa.',
      leadOrganisation: 'Jyväskylän kaupunki, elinkeinopalvelut',
      partners: [],
      start: '2026-08-15',
      end: '2029-06-30',
      estimatedCost: 520000,
      fundingSources: [
        { source: 'EAKR – Uudistuva ja osaava Suomi 2021–2027', amount: 364000, status: 'secured' },
        { source: 'Jyväskylän kaupunki', amount: 156000, status: 'secured' },
      ],
      outputs: 'Kolme ohjelmaa vuodessa, yhteensä noin 45 yritystä.',
      resultIndicators: [
        { id: 'jkl-ind-accelerated', name: 'Kiihdyttämön läpäisseet yritykset', baseline: '0', target: '45', source: 'Elinkeinopalvelut', frequency: 'quarterly' },
      ],
      risks: [{ risk: 'Tilojen peruskorjaus viivästyy', mitigation: 'Ensimmäinen ohjelma JAMK:n tiloissa' }],
      status: 'agreed',
    },
    {
      id: 'jkl-act-student-projects',
      title: 'Opiskelijaprojektit paikallisille yrityksille',
      objectiveId: 'jkl-obj-stay',
      description: 'Yritykset tuovat toimeksiantoja kursseille; opiskelijat tekevät ne ohjattuina projekteina.',
      leadOrganisation: 'JAMK',
      partners: [],
      start: '2026-09-01',
      end: '2028-12-31',
      estimatedCost: 140000,
      fundingSources: [
        { source: 'JAMK', amount: 70000, status: 'secured' },
        { source: 'Keski-Suomen liitto', amount: 70000, status: 'likely' },
      ],
      outputs: 'Vähintään 70 projektia vuodessa.',
      resultIndicators: [],
      risks: [],
      status: 'in_progress',
    },
    {
      id: 'jkl-act-funding-clinic',
      title: 'Rahoitusneuvonta luovan alan yrittäjille',
      objectiveId: 'jkl-obj-startups',
      description: 'Kuukausittaiset neuvontatilaisuudet Business Finlandin ja ELY-keskuksen rahoituksista.',
      leadOrganisation: 'Jykes',
      partners: [],
      start: '2026-10-01',
      end: '2027-12-31',
      estimatedCost: 25000,
      fundingSources: [{ source: 'Jyväskylän kaupunki', amount: 25000, status: 'secured' }],
      outputs: 'Kaksitoista tilaisuutta vuodessa.',
      resultIndicators: [],
      risks: [],
      status: 'agreed',
    },
    {
      id: 'jkl-act-aalto',
      title: 'Aalto-kierrokset ja muotoilutapahtumat',
      objectiveId: 'jkl-obj-stay',
      description: 'Paikallisten muotoilijoiden tuottamat opastetut kierrokset ja näyttelyt Alvar Aallon rakennuksissa.',
      leadOrganisation: 'Jyväskylän kaupungin kulttuuripalvelut',
      partners: [],
      start: '2027-05-01',
      end: '2027-09-30',
      estimatedCost: 60000,
      fundingSources: [
        { source: 'Business Finland', amount: 30000, status: 'to_find' },
        { source: 'Pääsylipputulot', amount: 30000, status: 'likely' },
      ],
      outputs: 'Kesäkauden kierrosohjelma.',
      resultIndicators: [],
      risks: [{ risk: 'Kävijöitä vähemmän kuin arvioitu', mitigation: 'Yhteismarkkinointi Alvar Aalto -säätiön kanssa' }],
      status: 'proposed',
    },
  ],
  threads: [
    {
      actionId: 'jkl-act-kangas-hub',
      by: 'member',
      body: 'Voisiko kiihdyttämöön varata paikkoja myös opiskelijatiimeille, joilla ei vielä ole y-tunnusta?',
      replies: [{ by: 'coordinator', body: 'Hyvä ajatus. Lisätään kuvaukseen yksi opiskelijapaikka per ohjelma.' }],
    },
    {
      actionId: 'jkl-act-aalto',
      by: 'facilitator',
      body: 'Business Finlandin osuus on vielä auki. Onko hakemus jo vireillä?',
      replies: [],
    },
  ],
};
