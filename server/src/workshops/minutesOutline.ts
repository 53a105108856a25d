import { groupIdeas, type Idea, type Language, type Minutes } from '@iap/shared';
import { documentFormats } from '../export/labels.js';
import { MINUTES_LABELS, type MinutesLabels } from './minutesLabels.js';

/** A heading over a list of plain-text lines. */
export interface OutlineList {
  heading: string;
  lines: string[];
}

/** The minutes as headed lists of plain-text lines: one outline, laid out as HTML, DOCX or PDF. */
export interface MinutesOutline {
  /** The language of the fixed texts. */
  language: Language;
  title: string;
  subtitle: string;
  /** Each section's lines, then its subsections (the ideas' groups); a section with neither prints a dash. */
  sections: (OutlineList & { subsections?: OutlineList[] })[];
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
      // As in the app: the invited stakeholders only when some were invited.
      ...(minutes.invited.length === 0
        ? []
        : [
            {
              heading: labels.invited(minutes.invited.filter((invitee) => invitee.attended).length, minutes.invited.length),
              lines: minutes.invited.map((invitee) => (invitee.attended ? labels.invitedCame : labels.invitedAbsent)(invitee.name)),
            },
          ]),
      { heading: labels.agenda, lines: minutes.agenda.map((item, index) => `${index + 1}. ${item.title} (${labels.itemMinutes(item.minutes)})`) },
      ideasSection(minutes.ideas, labels),
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

/** The ideas, under their groups' headings (the ungrouped last, headed too) once the facilitator grouped some. */
function ideasSection(ideas: readonly Idea[], labels: MinutesLabels): MinutesOutline['sections'][number] {
  const line = (idea: Idea): string => `${idea.text}${idea.author ? ` — ${idea.author.name}` : ''}${idea.actionId ? ` ${labels.becameAction}` : ''}`;
  const heading = labels.ideas(ideas.length);
  if (ideas.every((idea) => idea.group === null)) return { heading, lines: ideas.map(line) };
  return {
    heading,
    lines: [],
    // What people wrote, the group's label included, stays as written; only the count is added.
    subsections: groupIdeas(ideas).map((group) => ({
      heading: group.label === null ? labels.ungrouped(group.ideas.length) : `${group.label} (${group.ideas.length})`,
      lines: group.ideas.map(line),
    })),
  };
}
