import type { DemoPlan } from './DemoPlan.js';

/** Óbidos (Portugal, lead partner), in Portuguese: the plan the network holds up as final. */
export const OBIDOS_PLAN: DemoPlan = {
  citySlug: 'obidos',
  locale: 'pt',
  state: 'final',
  versionLabel: 'Versão aprovada pelo Grupo Local URBACT',
  sections: {
    context: [
      {
        paragraph:
          'Óbidos é uma vila de cerca de 12 000 habitantes, conhecida pelo castelo e pelas muralhas medievais. O turismo trouxe visitantes, mas poucos empregos qualificados: os jovens formados saem para Lisboa ou Leiria.',
      },
      {
        paragraph:
          'Nos últimos anos o município apostou na economia criativa: o Parque Tecnológico de Óbidos acolhe empresas de design, software e comunicação, e a Vila Literária transformou antigas igrejas e armazéns em livrarias.',
      },
      { subheading: 'Desafios identificados pelo Grupo Local' },
      {
        bullets: [
          'Sazonalidade forte: a vila esvazia-se fora dos grandes festivais.',
          'Falta de habitação acessível para jovens criativos que queiram fixar-se.',
          'Pouca ligação entre as empresas do Parque Tecnológico e o comércio do centro histórico.',
        ],
      },
    ],
    vision: [
      {
        paragraph:
          'Em 2030, Óbidos é uma vila criativa todo o ano: quem cria aqui encontra espaço para trabalhar, casa para viver e uma comunidade que compra, lê e participa.',
      },
    ],
    objectives: [
      {
        paragraph:
          'Os objetivos resultam das sessões do Grupo Local de 2026 e respondem diretamente aos três desafios do contexto.',
      },
    ],
    'integrated-approach': [
      {
        paragraph:
          'O plano junta cultura, educação, habitação e desenvolvimento económico numa só estratégia. Cada ação tem uma entidade responsável e parceiros de pelo menos dois setores, para que nenhuma dependa apenas da Câmara Municipal.',
      },
    ],
    implementation: [
      {
        paragraph:
          'A coordenação cabe à Óbidos Criativa, que reúne o Grupo Local de três em três meses para rever o calendário e o orçamento.',
      },
    ],
    monitoring: [
      {
        paragraph:
          'Os indicadores são recolhidos pela equipa do Parque Tecnológico e publicados num relatório anual, apresentado em sessão pública.',
      },
    ],
    participation: [
      {
        paragraph:
          'Participaram no Grupo Local 34 pessoas: empresas do Parque Tecnológico, livreiros, escolas, associações culturais, a junta de freguesia e moradores do centro histórico.',
      },
    ],
  },
  objectives: [
    {
      id: 'obi-obj-year-round',
      title: 'Uma programação cultural durante todo o ano',
      description: 'Reduzir a dependência dos grandes festivais e trazer público fora da época alta.',
      indicators: [
        { id: 'obi-ind-events', name: 'Eventos culturais entre novembro e março', baseline: '18 por ano', target: '45 por ano', source: 'Agenda municipal', frequency: 'yearly' },
        { id: 'obi-ind-visitors', name: 'Visitantes na época baixa', baseline: '62 000', target: '90 000', source: 'Posto de turismo', frequency: 'quarterly' },
      ],
    },
    {
      id: 'obi-obj-talent',
      title: 'Fixar jovens criativos em Óbidos',
      description: 'Habitação, espaço de trabalho e apoio à criação de empresas.',
      indicators: [
        { id: 'obi-ind-companies', name: 'Empresas criativas instaladas no Parque Tecnológico', baseline: '41', target: '60', source: 'Parque Tecnológico de Óbidos', frequency: 'yearly' },
      ],
    },
  ],
  actions: [
    {
      id: 'obi-act-residencies',
      title: 'Residências criativas na Vila Literária',
      objectiveId: 'obi-obj-talent',
      description: 'Seis residências por ano para escritores, ilustradores e editores, em casas recuperadas do centro histórico.',
      leadOrganisation: 'Óbidos Criativa',
      partners: [],
      start: '2026-03-01',
      end: '2028-12-31',
      estimatedCost: 240000,
      fundingSources: [
        { source: 'Centro 2030 (FEDER)', amount: 168000, status: 'secured' },
        { source: 'Câmara Municipal de Óbidos', amount: 72000, status: 'secured' },
      ],
      outputs: 'Dezoito residências e uma publicação anual.',
      resultIndicators: [
        { id: 'obi-ind-residents', name: 'Residentes que ficam em Óbidos após a residência', baseline: '0', target: '5', source: 'Óbidos Criativa', frequency: 'yearly' },
      ],
      risks: [{ risk: 'Obras de recuperação atrasadas', mitigation: 'Primeiro ano em alojamento municipal já existente' }],
      status: 'in_progress',
    },
    {
      id: 'obi-act-winter',
      title: 'Programa de inverno «Óbidos Fora de Época»',
      objectiveId: 'obi-obj-year-round',
      description: 'Concertos, leituras e oficinas de novembro a março, com entrada gratuita para residentes.',
      leadOrganisation: 'Câmara Municipal de Óbidos',
      partners: [],
      start: '2026-11-01',
      end: '2027-03-31',
      estimatedCost: 85000,
      fundingSources: [
        { source: 'Câmara Municipal de Óbidos', amount: 50000, status: 'secured' },
        { source: 'Patrocínios locais', amount: 35000, status: 'likely' },
      ],
      outputs: 'Quarenta eventos na primeira edição.',
      resultIndicators: [],
      risks: [],
      status: 'agreed',
    },
    {
      id: 'obi-act-incubator',
      title: 'Incubadora de indústrias criativas no Parque Tecnológico',
      objectiveId: 'obi-obj-talent',
      description: 'Mentoria, espaço partilhado e pequenas bolsas de arranque para empresas criativas com menos de três anos.',
      leadOrganisation: 'Parque Tecnológico de Óbidos',
      partners: [],
      start: '2026-06-01',
      end: '2029-05-31',
      estimatedCost: 420000,
      fundingSources: [
        { source: 'Centro 2030 (FEDER)', amount: 300000, status: 'secured' },
        { source: 'Empresas residentes', amount: 60000, status: 'likely' },
        { source: 'Portugal 2030 – Inovação', amount: 60000, status: 'to_find' },
      ],
      outputs: 'Quinze empresas incubadas em três anos.',
      resultIndicators: [
        { id: 'obi-ind-survival', name: 'Empresas incubadas ativas ao fim de dois anos', baseline: 'sem dados', target: '80 %', source: 'Parque Tecnológico de Óbidos', frequency: 'yearly' },
      ],
      risks: [],
      status: 'in_progress',
    },
    {
      id: 'obi-act-housing',
      title: 'Arrendamento acessível para jovens criativos',
      objectiveId: 'obi-obj-talent',
      description: 'Reabilitar quatro fogos municipais e arrendá-los a custos controlados a quem trabalhe no setor criativo.',
      leadOrganisation: 'Câmara Municipal de Óbidos',
      partners: [],
      start: '2027-01-01',
      end: '2028-12-31',
      estimatedCost: 310000,
      fundingSources: [
        { source: 'PRR – Habitação acessível', amount: 250000, status: 'likely' },
        { source: 'Câmara Municipal de Óbidos', amount: 60000, status: 'secured' },
      ],
      outputs: 'Quatro fogos reabilitados.',
      resultIndicators: [],
      risks: [{ risk: 'Candidatura ao PRR não aprovada', mitigation: 'Faseamento das obras com fundos municipais' }],
      status: 'agreed',
    },
    {
      id: 'obi-act-schools',
      title: 'Escolas na Vila Literária',
      objectiveId: 'obi-obj-year-round',
      description: 'Visitas, clubes de leitura e oficinas de escrita com o agrupamento de escolas, durante o ano letivo.',
      leadOrganisation: 'Agrupamento de Escolas Josefa de Óbidos',
      partners: [],
      start: '2026-09-15',
      end: '2027-06-30',
      estimatedCost: 18000,
      fundingSources: [{ source: 'Plano Nacional de Leitura', amount: 18000, status: 'secured' }],
      outputs: 'Todas as turmas do 2.º ciclo com pelo menos uma oficina.',
      resultIndicators: [],
      risks: [],
      status: 'agreed',
    },
  ],
  threads: [
    {
      actionId: 'obi-act-incubator',
      by: 'member',
      body: 'Os 60 000 € do Portugal 2030 ainda não têm aviso aberto. Convém dizê-lo no texto da ação.',
      replies: [{ by: 'coordinator', body: 'Concordo. Fica como «por encontrar» até sair o aviso.' }],
    },
    {
      actionId: 'obi-act-winter',
      by: 'facilitator',
      body: 'Os comerciantes da Rua Direita pediram para abrir ao fim de semana durante o programa. Podemos incluí-los?',
      replies: [],
    },
  ],
};
