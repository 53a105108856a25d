import type { Language, Minutes } from '@iap/shared';
import { escapeHtml } from '../export/renderHtml.js';
import { minutesOutline } from './minutesOutline.js';

/**
 * The minutes as a standalone HTML page. Every value is escaped plain text: an idea typed as
 * `<script>` prints as those characters and never runs.
 */
export function renderMinutesHtml(minutes: Minutes, language: Language): string {
  const outline = minutesOutline(minutes, language);
  const sections = outline.sections.map(
    (section) =>
      `<h2>${escapeHtml(section.heading)}</h2>` +
      (section.lines.length === 0 ? '<p>—</p>' : `<ul>${section.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`),
  );
  return (
    `<!doctype html><html lang="${outline.language}"><head><meta charset="utf-8"><title>${escapeHtml(outline.title)}</title></head><body>` +
    `<h1>${escapeHtml(outline.title)}</h1><p>${escapeHtml(outline.subtitle)}</p>\n${sections.join('\n')}</body></html>`
  );
}
