import type { Language, Minutes } from '@iap/shared';
import { documentFormats } from '../export/labels.js';
import { MINUTES_LABELS } from './minutesLabels.js';

/** The minutes as headed lists of plain-text lines: one outline, laid out as HTML, DOCX or PDF. */
export interface MinutesOutline {
  /** The language of the fixed texts. */
  language: Language;
  title: string;
  subtitle: string;
  sections: { heading: string; lines: string[] }[];
}

/**
 * The fixed texts are in the reader's language (i18n/readerLanguage.ts: `?lang=`, the
 * account's, the city's), read from the request being answered; what people wrote stays as written.
 */
export function minutesOutline(minutes: Minutes, language: Language): MinutesOutline {
  const { workshop } = minutes;
  const changes = minutes.planChanges;
  const labels = MINUTES_LABELS[language];
  return {
    language,
    title: workshop.title,
    subtitle: [documentFormats(language).dateTime(workshop.startsAt), workshop.place].filter(Boolean).join(' · '),
    sections: [
      { heading: labels.attendance(minutes.attendance.length), lines: minutes.attendance.map((person) => `${person.name}${person.guest ? ` ${labels.guest}` : ''}`) },
      { heading: labels.agenda, lines: minutes.agenda.map((item, index) => `${index + 1}. ${item.title} (${labels.itemMinutes(item.minutes)})`) },
      {
        heading: labels.ideas(minutes.ideas.length),
        lines: minutes.ideas.map((idea) => `${idea.text}${idea.author ? ` — ${idea.author.name}` : ''}${idea.actionId ? ` ${labels.becameAction}` : ''}`),
      },
      ...minutes.polls.map((poll) => ({ heading: labels.vote(poll.question), lines: poll.results.map((option) => `${option.label}: ${option.votes}`) })),
      { heading: labels.decisions, lines: minutes.decisions.map((decision) => decision.text) },
      {
        heading: labels.planChanges,
        lines: changes
          ? [
              ...changes.actions.map((action) => labels.action[action.kind](action.title)),
              ...changes.text.flatMap((change) => (change.kind === 'unchanged' ? [] : [labels.text[change.kind](change.text)])),
            ]
          : [],
      },
    ],
  };
}
