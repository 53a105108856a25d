import { exportLabels, type ExportLabels } from './labels.js';
import type { Block, ExportPlan, Inline, PlanPart } from './planContent.js';
import {
  actionAnnexTable,
  budgetTable,
  budgetTotals,
  indicatorsTable,
  stakeholdersTable,
  timelineTable,
  titleFacts,
  type TextTable,
} from './planTables.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the plan as HTML text or attribute value: it reads as written and never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef}.title-page{margin-bottom:3rem}.title-page dt{font-weight:600}
@page annex{size:A4 landscape}.annex{page:annex;max-width:none}
`;

/**
 * A self-contained HTML page of the plan: one inline style sheet, no script, no external
 * resource. Every text is escaped and only http, https and mailto links stay links.
 */
export function renderHtml(plan: ExportPlan): string {
  const labels = exportLabels(plan.language);
  const city = escapeHtml(plan.city.name);
  const facts = titleFacts(plan, labels)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  const contents = [
    ...plan.sections.map((section) => [`section-${section.id}`, section.title]),
    ['stakeholders', labels.stakeholders],
    ['annex-actions', labels.actionsAnnex],
  ]
    .map(([id, title]) => `<li><a href="#${escapeHtml(id!)}">${escapeHtml(title!)}</a></li>`)
    .join('');
  const sections = plan.sections
    .map(
      (section) =>
        `<section id="section-${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2>${blocksHtml(section.blocks, plan, labels)}</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(plan.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${city}</title><style>${STYLE}</style></head>
<body>
<header class="title-page"><h1>${city}</h1><dl>${facts}</dl></header>
<nav aria-labelledby="toc"><h2 id="toc">${escapeHtml(labels.tableOfContents)}</h2><ol>${contents}</ol></nav>
<main>
${sections}
<section id="stakeholders"><h2>${escapeHtml(labels.stakeholders)}</h2>${stakeholdersHtml(plan, labels)}</section>
<section id="annex-actions" class="annex"><h2>${escapeHtml(labels.actionsAnnex)}</h2>${
    plan.actions.length > 0 ? tableHtml(actionAnnexTable(plan, labels)) : paragraph(labels.noActions)
  }</section>
</main>
</body>
</html>
`;
}

function blocksHtml(blocks: readonly Block[], plan: ExportPlan, labels: ExportLabels): string {
  return blocks.map((block) => blockHtml(block, plan, labels)).join('');
}

function blockHtml(block: Block, plan: ExportPlan, labels: ExportLabels): string {
  switch (block.kind) {
    case 'heading': {
      // Section titles are h2; the plan's own headings sit below them.
      const level = Math.min(6, Math.max(3, block.level));
      return `<h${level}>${inlinesHtml(block.inlines)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlinesHtml(block.inlines)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${blocksHtml(item, plan, labels)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table>${block.rows
        .map(
          (row) =>
            `<tr>${row.cells
              .map((cell) => {
                const tag = cell.header ? 'th' : 'td';
                return `<${tag}>${blocksHtml(cell.blocks, plan, labels)}</${tag}>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'quote':
      return `<blockquote>${blocksHtml(block.blocks, plan, labels)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'part':
      return partHtml(block.part, plan, labels);
  }
}

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      let html = escapeHtml(inline.text).replaceAll('\n', '<br>');
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.italic) html = `<em>${html}</em>`;
      // safeHref already kept only http, https and mailto; escaping keeps the attribute closed.
      if (inline.href) html = `<a href="${escapeHtml(inline.href)}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join('');
}

function partHtml(part: PlanPart, plan: ExportPlan, labels: ExportLabels): string {
  switch (part) {
    case 'objectives':
      return objectivesHtml(plan, labels);
    case 'actions':
      return paragraph(plan.actions.length > 0 ? labels.actionsInAnnex : labels.noActions);
    case 'timeline':
      return `<h3>${escapeHtml(labels.timeline)}</h3>${plan.actions.length > 0 ? tableHtml(timelineTable(plan, labels)) : paragraph(labels.noActions)}`;
    case 'budget':
      return `<h3>${escapeHtml(labels.budget)}</h3>${tableHtml(budgetTable(plan, labels))}${budgetTotals(plan, labels).map(paragraph).join('')}`;
    case 'indicators':
      return `<h3>${escapeHtml(labels.indicatorsAnnex)}</h3>${
        plan.indicators.length > 0 ? tableHtml(indicatorsTable(plan.indicators, labels)) : paragraph(labels.noIndicators)
      }`;
  }
}

function objectivesHtml(plan: ExportPlan, labels: ExportLabels): string {
  if (plan.objectives.length === 0) return paragraph(labels.noObjectives);
  return plan.objectives
    .map((objective, index) => {
      const rows = objective.indicators.map((indicator) => ({ owner: `O${index + 1}`, indicator }));
      return `<h3>O${index + 1}. ${escapeHtml(objective.title || labels.untitled)}</h3>${
        objective.description ? paragraph(objective.description) : ''
      }${rows.length > 0 ? tableHtml(indicatorsTable(rows, labels)) : paragraph(labels.noIndicators)}`;
    })
    .join('');
}

function stakeholdersHtml(plan: ExportPlan, labels: ExportLabels): string {
  if (plan.stakeholders.length === 0) return paragraph(labels.noStakeholders);
  return paragraph(labels.stakeholdersNote) + tableHtml(stakeholdersTable(plan, labels));
}

function tableHtml(table: TextTable): string {
  const head = table.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const body = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}
