import type { Content, TableCell } from 'pdfmake/interfaces.js';
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
import { printPdf } from './pdfEngine.js';

/** Lists and quotes indent up to this depth; deeper ones (only in plans stored before nesting was bounded) stay flush. */
const MAX_INDENTED_NESTING = 8;

/**
 * The plan as a PDF: a title page, a table of contents with page numbers that is also the
 * PDF's outline (bookmarks), the sections, and the action table on landscape pages. pdfmake
 * draws every string as text: nothing in the plan is read as markup.
 */
export function renderPdf(plan: ExportPlan): Promise<Buffer> {
  const labels = exportLabels(plan.language);
  const writer = new PdfWriter(plan, labels);
  return printPdf({
    info: { title: plan.city.name, creator: plan.networkName },
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 28, bold: true, margin: [0, 160, 0, 24] },
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      tableHeader: { bold: true, fillColor: '#eeeeff' },
    },
    footer: (page: number) => ({ text: String(page), alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content: writer.content(),
  });
}

class PdfWriter {
  constructor(
    private readonly plan: ExportPlan,
    private readonly labels: ExportLabels,
  ) {}

  content(): Content[] {
    const { plan, labels } = this;
    return [
      { text: plan.city.name, style: 'title' },
      ...titleFacts(plan, labels).map((fact): Content => ({ text: [{ text: `${fact[0]}: `, bold: true }, fact[1]], margin: [0, 2] })),
      { toc: { title: { text: labels.tableOfContents, style: 'h1' }, outlines: true }, pageBreak: 'before' },
      ...plan.sections.flatMap((section): Content[] => [
        { text: section.title, style: 'h1', tocItem: true, pageBreak: 'before' },
        ...this.blocks(section.blocks),
      ]),
      { text: labels.stakeholders, style: 'h1', tocItem: true, pageBreak: 'before' },
      ...(plan.stakeholders.length > 0
        ? [paragraph(labels.stakeholdersNote), table(stakeholdersTable(plan, labels))]
        : [paragraph(labels.noStakeholders)]),
      { text: labels.actionsAnnex, style: 'h1', tocItem: true, pageBreak: 'before', pageOrientation: 'landscape' },
      plan.actions.length > 0 ? table(actionAnnexTable(plan, labels), 8) : paragraph(labels.noActions),
    ];
  }

  /**
   * `nesting` counts the lists and quotes around a block: past MAX_INDENTED_NESTING they stop
   * indenting, or a plan nested deeper than the page is wide would squeeze its text to nothing.
   */
  private blocks(blocks: readonly Block[], nesting = 0): Content[] {
    return blocks.map((block) => this.block(block, nesting));
  }

  private block(block: Block, nesting: number): Content {
    const indented = nesting < MAX_INDENTED_NESTING;
    switch (block.kind) {
      case 'heading':
        return { text: inlines(block.inlines), style: block.level <= 3 ? 'h2' : 'h3' };
      case 'paragraph':
        return { text: inlines(block.inlines), margin: [0, 0, 0, 6] };
      case 'list': {
        const items = block.items.map((item): Content => ({ stack: this.blocks(item, nesting + 1) }));
        if (!indented) return { stack: items };
        return block.ordered ? { ol: items, margin: [0, 0, 0, 6] } : { ul: items, margin: [0, 0, 0, 6] };
      }
      case 'table': {
        // pdfmake needs every row as wide as the widest.
        const width = Math.max(0, ...block.rows.map((row) => row.cells.length));
        if (width === 0) return { text: '' };
        const body = block.rows.map((row): TableCell[] =>
          Array.from({ length: width }, (_, index): TableCell => {
            const cell = row.cells[index];
            return cell ? { stack: this.blocks(cell.blocks, nesting + 1), bold: cell.header } : { text: '' };
          }),
        );
        return { table: { widths: Array(width).fill('*'), body }, margin: [0, 4, 0, 8] };
      }
      case 'quote':
        return { stack: this.blocks(block.blocks, nesting + 1), margin: [indented ? 16 : 0, 0, 0, 6], italics: true };
      case 'code':
        return { text: block.text, fontSize: 9, margin: [0, 0, 0, 6], preserveLeadingSpaces: true };
      case 'rule':
        return { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 499, y2: 4, lineWidth: 0.5 }], margin: [0, 4, 0, 8] };
      case 'part':
        return { stack: this.part(block.part) };
    }
  }

  private part(part: PlanPart): Content[] {
    const { plan, labels } = this;
    const subheading = (text: string): Content => ({ text, style: 'h2', tocItem: true, tocMargin: [16, 0, 0, 0] });
    switch (part) {
      case 'objectives':
        if (plan.objectives.length === 0) return [paragraph(labels.noObjectives)];
        return plan.objectives.flatMap((objective, index): Content[] => {
          const rows = objective.indicators.map((indicator) => ({ owner: `O${index + 1}`, indicator }));
          return [
            subheading(`O${index + 1}. ${objective.title || labels.untitled}`),
            ...(objective.description ? [paragraph(objective.description)] : []),
            rows.length > 0 ? table(indicatorsTable(rows, labels)) : paragraph(labels.noIndicators),
          ];
        });
      case 'actions':
        return [paragraph(plan.actions.length > 0 ? labels.actionsInAnnex : labels.noActions)];
      case 'timeline':
        return [subheading(labels.timeline), plan.actions.length > 0 ? table(timelineTable(plan, labels)) : paragraph(labels.noActions)];
      case 'budget':
        return [subheading(labels.budget), table(budgetTable(plan, labels)), ...budgetTotals(plan, labels).map(paragraph)];
      case 'indicators':
        return [
          subheading(labels.indicatorsAnnex),
          plan.indicators.length > 0 ? table(indicatorsTable(plan.indicators, labels)) : paragraph(labels.noIndicators),
        ];
    }
  }
}

function inlines(values: readonly Inline[]): Content[] {
  return values.map((inline) => ({
    text: inline.text,
    // Left unset rather than false, so a heading's bold style still applies to its runs.
    ...(inline.bold ? { bold: true } : {}),
    ...(inline.italic ? { italics: true } : {}),
    ...(inline.href ? { link: inline.href, color: '#1a4fa0', decoration: 'underline' as const } : {}),
  }));
}

function paragraph(text: string): Content {
  return { text, margin: [0, 0, 0, 6] };
}

function table(content: TextTable, fontSize = 9): Content {
  return {
    table: {
      headerRows: 1,
      widths: content.header.map((_, index) => (index === 0 ? 'auto' : '*')),
      body: [
        content.header.map((text): TableCell => ({ text, style: 'tableHeader' })),
        ...content.rows.map((row) => row.map((text): TableCell => ({ text }))),
      ],
    },
    fontSize,
    margin: [0, 4, 0, 10],
  };
}
