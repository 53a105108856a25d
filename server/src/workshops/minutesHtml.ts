import type { Minutes } from '@iap/shared';
import { escapeHtml } from '../export/renderHtml.js';

/**
 * The minutes as a standalone HTML page. Every value is escaped plain text: an idea typed as
 * `<script>` prints as those characters and never runs.
 */
export function renderMinutesHtml(minutes: Minutes): string {
  const text = (value: string): string => escapeHtml(value);
  const list = (items: string[]): string => (items.length === 0 ? '<p>—</p>' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
  const { workshop } = minutes;
  const changes = minutes.planChanges;
  const sections = [
    `<h1>${text(workshop.title)}</h1>`,
    `<p>${text(workshop.startsAt)}${workshop.place ? ` · ${text(workshop.place)}` : ''}</p>`,
    `<h2>Attendance (${minutes.attendance.length})</h2>`,
    list(minutes.attendance.map((person) => `${text(person.name)}${person.guest ? ' (guest)' : ''}`)),
    '<h2>Agenda</h2>',
    `<ol>${minutes.agenda.map((item) => `<li>${text(item.title)} (${item.minutes} min)</li>`).join('')}</ol>`,
    `<h2>Ideas (${minutes.ideas.length})</h2>`,
    list(minutes.ideas.map((idea) => `${text(idea.text)}${idea.author ? ` — ${text(idea.author.name)}` : ''}${idea.actionId ? ' [became an action]' : ''}`)),
    '<h2>Votes</h2>',
    minutes.polls
      .map((poll) => `<h3>${text(poll.question)}</h3>${list(poll.results.map((option) => `${text(option.label)}: ${option.votes}`))}`)
      .join('') || '<p>—</p>',
    '<h2>Decisions</h2>',
    list(minutes.decisions.map((decision) => text(decision.text))),
    '<h2>What changed in the plan</h2>',
    changes
      ? list([
          ...changes.actions.map((action) => `Action ${text(action.kind)}: ${text(action.title)}`),
          ...changes.text.filter((change) => change.kind !== 'unchanged').map((change) => `Text ${text(change.kind)}: ${text(change.text)}`),
        ])
      : '<p>—</p>',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text(workshop.title)}</title></head><body>${sections.join('\n')}</body></html>`;
}
