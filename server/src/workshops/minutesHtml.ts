import type { Language, Minutes } from '@iap/shared';
import { escapeHtml } from '../export/renderHtml.js';
import { minutesOutline } from './minutesOutline.js';

/**
 * The minutes as a standalone HTML page. Every value is escaped plain text: an idea typed as
 * `<script>` prints as those characters and never runs.
 */
export function renderMinutesHtml(minutes: Minutes, language: Language): string {
  const outline = minutesOutline(minutes, language);
  const list = (lines: readonly string[]): string => (lines.length === 0 ? '' : `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`);
  const sections = outline.sections.map((section) => {
    const subsections = section.subsections ?? [];
    const body = list(section.lines) + subsections.map((sub) => `<h3>${escapeHtml(sub.heading)}</h3>${list(sub.lines)}`).join('');
    return `<h2>${escapeHtml(section.heading)}</h2>${body || '<p>—</p>'}`;
  });
  return (
    `<!doctype html><html lang="${outline.language}"><head><meta charset="utf-8"><title>${escapeHtml(outline.title)}</title></head><body>` +
    `<h1>${escapeHtml(outline.title)}</h1><p>${escapeHtml(outline.subtitle)}</p>\n${sections.join('\n')}</body></html>`
  );
}
