import type { Minutes } from '@iap/shared';

/** The minutes as headed lists of plain-text lines: one outline, laid out as HTML, DOCX or PDF. */
export interface MinutesOutline {
  title: string;
  subtitle: string;
  sections: { heading: string; lines: string[] }[];
}

/** English, like the plan export's labels; the web view is translated, the downloads are not yet. */
export function minutesOutline(minutes: Minutes): MinutesOutline {
  const { workshop } = minutes;
  const changes = minutes.planChanges;
  return {
    title: workshop.title,
    subtitle: [workshop.startsAt.replace('T', ' ').slice(0, 16) + ' UTC', workshop.place].filter(Boolean).join(' · '),
    sections: [
      { heading: `Attendance (${minutes.attendance.length})`, lines: minutes.attendance.map((person) => `${person.name}${person.guest ? ' (guest)' : ''}`) },
      { heading: 'Agenda', lines: minutes.agenda.map((item, index) => `${index + 1}. ${item.title} (${item.minutes} min)`) },
      {
        heading: `Ideas (${minutes.ideas.length})`,
        lines: minutes.ideas.map((idea) => `${idea.text}${idea.author ? ` — ${idea.author.name}` : ''}${idea.actionId ? ' [became an action]' : ''}`),
      },
      ...minutes.polls.map((poll) => ({ heading: `Vote: ${poll.question}`, lines: poll.results.map((option) => `${option.label}: ${option.votes}`) })),
      { heading: 'Decisions', lines: minutes.decisions.map((decision) => decision.text) },
      {
        heading: 'What changed in the plan',
        lines: changes
          ? [
              ...changes.actions.map((action) => `Action ${action.kind}: ${action.title}`),
              ...changes.text.filter((change) => change.kind !== 'unchanged').map((change) => `Text ${change.kind}: ${change.text}`),
            ]
          : [],
      },
    ],
  };
}
