import type { Language } from '@iap/shared';

/** The fixed words of the minutes downloads; the web view says the same through the client's i18n (workshops.minutes). */
export interface MinutesLabels {
  attendance: (count: number) => string;
  guest: string;
  /** The heading over the invited stakeholders, and a line for each. */
  invited: (attended: number, total: number) => string;
  invitedCame: (name: string) => string;
  invitedAbsent: (name: string) => string;
  agenda: string;
  itemMinutes: (minutes: number) => string;
  ideas: (count: number) => string;
  /** The heading over the ideas in no group, when others are grouped. */
  ungrouped: (count: number) => string;
  becameAction: string;
  vote: (question: string) => string;
  decisions: string;
  planChanges: string;
  action: Record<'added' | 'removed' | 'changed', (title: string) => string>;
  text: Record<'inserted' | 'deleted', (text: string) => string>;
}

const en: MinutesLabels = {
  attendance: (count) => `Attendance (${count})`,
  guest: '(guest)',
  invited: (attended, total) => `Invited stakeholders: ${attended} of ${total} came`,
  invitedCame: (name) => `${name}: came`,
  invitedAbsent: (name) => `${name}: did not come`,
  agenda: 'Agenda',
  itemMinutes: (minutes) => `${minutes} min`,
  ideas: (count) => `Ideas (${count})`,
  ungrouped: (count) => `Not grouped (${count})`,
  becameAction: '[became an action]',
  vote: (question) => `Vote: ${question}`,
  decisions: 'Decisions',
  planChanges: 'What changed in the plan',
  action: { added: (title) => `Action added: ${title}`, removed: (title) => `Action removed: ${title}`, changed: (title) => `Action changed: ${title}` },
  text: { inserted: (text) => `Text inserted: ${text}`, deleted: (text) => `Text deleted: ${text}` },
};

const pt: MinutesLabels = {
  attendance: (count) => `Presenças (${count})`,
  guest: '(convidado)',
  invited: (attended, total) => `Partes interessadas convidadas: vieram ${attended} de ${total}`,
  invitedCame: (name) => `${name}: esteve presente`,
  invitedAbsent: (name) => `${name}: não esteve presente`,
  agenda: 'Ordem de trabalhos',
  itemMinutes: (minutes) => `${minutes} min`,
  ideas: (count) => `Ideias (${count})`,
  ungrouped: (count) => `Sem grupo (${count})`,
  becameAction: '[passou a ação do plano]',
  vote: (question) => `Votação: ${question}`,
  decisions: 'Decisões',
  planChanges: 'O que mudou no plano',
  action: { added: (title) => `Ação acrescentada: ${title}`, removed: (title) => `Ação removida: ${title}`, changed: (title) => `Ação alterada: ${title}` },
  text: { inserted: (text) => `Texto acrescentado: ${text}`, deleted: (text) => `Texto eliminado: ${text}` },
};

const es: MinutesLabels = {
  attendance: (count) => `Asistencia (${count})`,
  guest: '(invitado/a)',
  invited: (attended, total) => `Actores invitados: vinieron ${attended} de ${total}`,
  invitedCame: (name) => `${name}: asistió`,
  invitedAbsent: (name) => `${name}: no asistió`,
  agenda: 'Orden del día',
  itemMinutes: (minutes) => `${minutes} min`,
  ideas: (count) => `Ideas (${count})`,
  ungrouped: (count) => `Sin grupo (${count})`,
  becameAction: '[convertida en acción del plan]',
  vote: (question) => `Votación: ${question}`,
  decisions: 'Decisiones',
  planChanges: 'Qué cambió en el plan',
  action: { added: (title) => `Acción añadida: ${title}`, removed: (title) => `Acción eliminada: ${title}`, changed: (title) => `Acción modificada: ${title}` },
  text: { inserted: (text) => `Texto añadido: ${text}`, deleted: (text) => `Texto eliminado: ${text}` },
};

const it: MinutesLabels = {
  attendance: (count) => `Presenti (${count})`,
  guest: '(ospite)',
  invited: (attended, total) => `Portatori di interesse invitati: presenti ${attended} su ${total}`,
  invitedCame: (name) => `${name}: presente`,
  invitedAbsent: (name) => `${name}: assente`,
  agenda: 'Ordine del giorno',
  itemMinutes: (minutes) => `${minutes} min`,
  ideas: (count) => `Idee (${count})`,
  ungrouped: (count) => `Senza gruppo (${count})`,
  becameAction: '[diventata un’azione del piano]',
  vote: (question) => `Votazione: ${question}`,
  decisions: 'Decisioni',
  planChanges: 'Cosa è cambiato nel piano',
  action: { added: (title) => `Azione aggiunta: ${title}`, removed: (title) => `Azione rimossa: ${title}`, changed: (title) => `Azione modificata: ${title}` },
  text: { inserted: (text) => `Testo aggiunto: ${text}`, deleted: (text) => `Testo eliminato: ${text}` },
};

const hu: MinutesLabels = {
  attendance: (count) => `Jelenlét (${count} fő)`,
  guest: '(vendég)',
  invited: (attended, total) => `Meghívott érintettek: ${total} közül ${attended} jött el`,
  invitedCame: (name) => `${name}: eljött`,
  invitedAbsent: (name) => `${name}: nem jött el`,
  agenda: 'Napirend',
  itemMinutes: (minutes) => `${minutes} perc`,
  ideas: (count) => `Ötletek (${count})`,
  ungrouped: (count) => `Csoport nélkül (${count})`,
  becameAction: '[intézkedés lett belőle]',
  vote: (question) => `Szavazás: ${question}`,
  decisions: 'Döntések',
  planChanges: 'Mi változott a tervben',
  action: { added: (title) => `Új intézkedés: ${title}`, removed: (title) => `Törölt intézkedés: ${title}`, changed: (title) => `Módosított intézkedés: ${title}` },
  text: { inserted: (text) => `Beszúrt szöveg: ${text}`, deleted: (text) => `Törölt szöveg: ${text}` },
};

const ro: MinutesLabels = {
  attendance: (count) => `Prezență (${count})`,
  guest: '(invitat)',
  invited: (attended, total) => `Părți interesate invitate: au venit ${attended} din ${total}`,
  invitedCame: (name) => `${name}: a venit`,
  invitedAbsent: (name) => `${name}: nu a venit`,
  agenda: 'Ordinea de zi',
  itemMinutes: (minutes) => `${minutes} min`,
  ideas: (count) => `Idei (${count})`,
  ungrouped: (count) => `Negrupate (${count})`,
  becameAction: '[a devenit acțiune în plan]',
  vote: (question) => `Vot: ${question}`,
  decisions: 'Decizii',
  planChanges: 'Ce s-a schimbat în plan',
  action: { added: (title) => `Acțiune adăugată: ${title}`, removed: (title) => `Acțiune eliminată: ${title}`, changed: (title) => `Acțiune modificată: ${title}` },
  text: { inserted: (text) => `Text adăugat: ${text}`, deleted: (text) => `Text șters: ${text}` },
};

const fi: MinutesLabels = {
  attendance: (count) => `Läsnä (${count})`,
  guest: '(vieras)',
  invited: (attended, total) => `Kutsutut sidosryhmät: ${total}:sta paikalla ${attended}`,
  invitedCame: (name) => `${name}: saapui`,
  invitedAbsent: (name) => `${name}: ei saapunut`,
  agenda: 'Esityslista',
  itemMinutes: (minutes) => `${minutes} min`,
  ideas: (count) => `Ideat (${count})`,
  ungrouped: (count) => `Ryhmittelemättä (${count})`,
  becameAction: '[siitä tehtiin toimenpide]',
  vote: (question) => `Äänestys: ${question}`,
  decisions: 'Päätökset',
  planChanges: 'Mitä suunnitelmassa muuttui',
  action: { added: (title) => `Lisätty toimenpide: ${title}`, removed: (title) => `Poistettu toimenpide: ${title}`, changed: (title) => `Muutettu toimenpide: ${title}` },
  text: { inserted: (text) => `Lisätty teksti: ${text}`, deleted: (text) => `Poistettu teksti: ${text}` },
};

export const MINUTES_LABELS: Record<Language, MinutesLabels> = { en, pt, es, it, hu, ro, fi };
