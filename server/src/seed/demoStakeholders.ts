import type { Gender, StakeholderSector } from '@iap/shared';

export interface DemoStakeholder {
  name: string;
  organisation: string | null;
  sector: StakeholderSector;
  gender: Gender | null;
  importance: number;
  influence: number;
  contact: string | null;
  consent: boolean;
}

/** `Inês Carvalho` -> `ines.carvalho`. */
function asciiHandle(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
}

const s = (
  name: string,
  organisation: string | null,
  sector: StakeholderSector,
  gender: Gender | null,
  importance: number,
  influence: number,
  consent = true,
): DemoStakeholder => ({
  name,
  organisation,
  sector,
  gender,
  importance,
  influence,
  contact: organisation ? `${asciiHandle(name)}@example.org` : null,
  consent,
});

/**
 * A ULG per city, built around what each town brings to Creative Clusters (Óbidos' literary
 * village, Viareggio's carnival workshops, Hódmezővásárhely's majolica...). People are
 * fictional; contacts use example.org.
 */
export const DEMO_STAKEHOLDERS: Record<string, DemoStakeholder[]> = {
  obidos: [
    s('Ana Ribeiro', 'Câmara Municipal de Óbidos, culture department', 'public_authority', 'female', 5, 5),
    s('Tiago Martins', 'Óbidos technology park, incubator', 'business', 'male', 4, 4),
    s('Inês Carvalho', 'Vila Literária bookshop network', 'culture_creative', 'female', 5, 3),
    s('Rui Sousa', 'Polytechnic of Leiria, school of art and design', 'education_research', 'male', 3, 4),
    s('Marta Lopes', 'Associação de Artesãos do Oeste', 'civil_society', 'female', 3, 2),
    s('João Ferreira', null, 'citizen', 'male', 2, 1, false),
  ],
  enguera: [
    s('Carmen Navarro', 'Ayuntamiento de Enguera, local development agency', 'public_authority', 'female', 5, 5),
    s('Javier Soler', 'Cooperativa textil de la Canal', 'business', 'male', 4, 3),
    s('Lucía Martí', 'Asociación Cultural Sierra de Enguera', 'civil_society', 'female', 4, 2),
    s('Pablo Ferrer', 'Polytechnic University of Valencia, rural innovation lab', 'education_research', 'male', 3, 3),
    s('Elena Vidal', 'Lana y Monte design studio', 'culture_creative', 'female', 4, 2),
    s('Miguel Tormo', null, 'citizen', 'male', 2, 1, false),
  ],
  viareggio: [
    s('Giulia Bertolucci', 'Comune di Viareggio, ufficio cultura', 'public_authority', 'female', 5, 5),
    s('Marco Lazzerini', 'Carnival papier-mâché workshops', 'culture_creative', 'male', 5, 4),
    s('Francesca Pardini', 'Consorzio della nautica, yacht builders', 'business', 'female', 4, 5),
    s('Luca Barsanti', 'Associazione Cartapesta Viva', 'civil_society', 'male', 3, 2),
    s('Elisa Guidi', 'University of Pisa, naval design course', 'education_research', 'female', 3, 3),
    s('Stefano Del Carlo', null, 'citizen', null, 2, 1),
  ],
  catanzaro: [
    s('Rosaria Critelli', 'Comune di Catanzaro, attività produttive', 'public_authority', 'female', 5, 5),
    s('Antonio Mancuso', 'Accademia di Belle Arti di Catanzaro', 'education_research', 'male', 4, 3),
    s('Chiara Gallo', 'Silk weavers cooperative', 'business', 'female', 4, 3),
    s('Domenico Rotella', 'Teatro Politeama', 'culture_creative', 'male', 4, 4),
    s('Serena Procopio', 'Associazione Giovani Creativi', 'civil_society', 'female', 3, 2),
    s('Giuseppe Talarico', null, 'citizen', 'male', 2, 1, false),
  ],
  'reggio-emilia': [
    s('Paola Benassi', 'Comune di Reggio Emilia, servizio cultura', 'public_authority', 'female', 5, 5),
    s('Matteo Ferretti', 'Early-childhood education research centre', 'education_research', 'male', 4, 4),
    s('Silvia Bertani', 'Photography festival team', 'culture_creative', 'female', 4, 3),
    s('Davide Incerti', 'Industrial design firms association', 'business', 'male', 4, 4),
    s('Anna Manfredi', 'Cooperativa sociale Officina', 'civil_society', 'female', 3, 2),
    s('Lorenzo Grasselli', null, 'citizen', 'non_binary', 2, 1),
  ],
  hodmezovasarhely: [
    s('Katalin Szabó', 'Hódmezővásárhely city council, economic development', 'public_authority', 'female', 5, 5),
    s('Péter Nagy', 'Majolica manufactory', 'business', 'male', 4, 3),
    s('Eszter Kovács', 'Alföld gallery', 'culture_creative', 'female', 4, 3),
    s('Gábor Tóth', 'University of Szeged, faculty of agriculture', 'education_research', 'male', 3, 4),
    s('Zsófia Varga', 'Vásárhely youth association', 'civil_society', 'female', 3, 2),
    s('László Horváth', null, 'citizen', 'male', 2, 1, false),
  ],
  mizil: [
    s('Elena Popescu', 'Primăria Orașului Mizil', 'public_authority', 'female', 5, 5),
    s('Andrei Ionescu', 'Dealu Mare wine cellars', 'business', 'male', 4, 4),
    s('Ioana Dumitru', 'Asociația Culturală Mizil', 'civil_society', 'female', 4, 2),
    s('Mihai Stoica', 'Mizil technological high school', 'education_research', 'male', 3, 3),
    s('Cristina Marin', 'Traditional pottery workshop', 'culture_creative', 'female', 3, 2),
    s('Vasile Georgescu', null, 'citizen', 'prefer_not_to_say', 2, 1),
  ],
  jyvaskyla: [
    s('Sanna Virtanen', 'City of Jyväskylä, culture services', 'public_authority', 'female', 5, 5),
    s('Mikko Laine', 'University of applied sciences, game design programme', 'education_research', 'male', 4, 4),
    s('Aino Heikkinen', 'Architecture heritage foundation', 'culture_creative', 'female', 4, 3),
    s('Jussi Mäkinen', 'Kide Games studio', 'business', 'male', 4, 3),
    s('Laura Koskinen', 'Jyväskylä youth association', 'civil_society', 'female', 3, 2),
    s('Eero Salonen', null, 'citizen', 'male', 2, 1, false),
  ],
  barnsley: [
    s('Sarah Whitaker', 'Barnsley Council, enterprise team', 'public_authority', 'female', 5, 5),
    s('James Holroyd', 'The Civic arts centre', 'culture_creative', 'male', 4, 3),
    s('Priya Shah', 'Northern Pixel Studio, digital media centre tenant', 'business', 'female', 4, 3),
    s('Helen Carter', 'Barnsley College, creative industries', 'education_research', 'female', 3, 4),
    s('Tom Ashworth', 'Council for voluntary service', 'civil_society', 'male', 3, 2),
    s('Maureen Hinchliffe', null, 'citizen', 'female', 2, 1),
  ],
};
