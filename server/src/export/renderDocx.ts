import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
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

const ORDERED = 'plan-ordered-list';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];
/** Characters XML 1.0 cannot hold: a document containing one would not open in Word. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * The plan as a Word document: real Heading 1/2 styles (Word's navigation pane and the TOC
 * field read them), a TOC field Word refreshes on opening, and the action table in its own
 * landscape section. docx writes every text as XML character data, so nothing in the plan
 * becomes markup or a field.
 */
export async function renderDocx(plan: ExportPlan): Promise<Buffer> {
  const labels = exportLabels(plan.language);
  const writer = new DocxWriter(plan, labels);
  const document = new Document({
    title: plan.city.name,
    creator: plan.networkName,
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      { children: writer.body() },
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: writer.annex() },
    ],
  });
  return Packer.toBuffer(document);
}

class DocxWriter {
  /** Each ordered list is its own numbering instance, so each counts from 1. */
  private listInstance = 0;

  constructor(
    private readonly plan: ExportPlan,
    private readonly labels: ExportLabels,
  ) {}

  body(): FileChild[] {
    const { plan, labels } = this;
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [run(plan.city.name)] }),
      ...titleFacts(plan, labels).map(
        ([label, value]) => new Paragraph({ children: [run(`${label}: `, { bold: true }), run(value)] }),
      ),
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [run(labels.tableOfContents)] }),
      new TableOfContents(labels.tableOfContents, { hyperlink: true, headingStyleRange: '1-2' }),
      new Paragraph({ children: [new PageBreak()] }),
      ...plan.sections.flatMap((section) => [heading(section.title, 1), ...this.blocks(section.blocks, 0)]),
      heading(labels.stakeholders, 1),
      ...(plan.stakeholders.length > 0
        ? [text(labels.stakeholdersNote), table(stakeholdersTable(plan, labels))]
        : [text(labels.noStakeholders)]),
    ];
  }

  annex(): FileChild[] {
    const { plan, labels } = this;
    return [
      heading(labels.actionsAnnex, 1),
      plan.actions.length > 0 ? table(actionAnnexTable(plan, labels)) : text(labels.noActions),
    ];
  }

  private blocks(blocks: readonly Block[], listLevel: number): FileChild[] {
    return blocks.flatMap((block) => this.block(block, listLevel));
  }

  private block(block: Block, listLevel: number): FileChild[] {
    switch (block.kind) {
      case 'heading':
        // The plan's headings sit below its section titles (Heading 1).
        return [new Paragraph({ heading: HEADINGS[Math.min(4, Math.max(1, block.level - 2))], children: inlines(block.inlines) })];
      case 'paragraph':
        return [new Paragraph({ children: inlines(block.inlines) })];
      case 'list':
        return this.list(block, listLevel);
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.rows
              .filter((row) => row.cells.length > 0)
              .map(
                (row) =>
                  new TableRow({
                    tableHeader: row.cells.every((cell) => cell.header),
                    children: row.cells.map((cell) => {
                      const children = this.blocks(cell.blocks, 0).filter((child) => child instanceof Paragraph || child instanceof Table);
                      return new TableCell({ children: children.length > 0 ? children : [new Paragraph('')] });
                    }),
                  }),
              ),
          }),
        ];
      case 'quote':
        return this.blocks(block.blocks, listLevel);
      case 'code':
        return [new Paragraph({ children: [run(block.text, { font: 'Courier New' })] })];
      case 'rule':
        return [new Paragraph({ thematicBreak: true, children: [] })];
      case 'part':
        return this.part(block.part);
    }
  }

  private list(block: Extract<Block, { kind: 'list' }>, listLevel: number): FileChild[] {
    const level = Math.min(8, listLevel);
    const instance = block.ordered ? ++this.listInstance : 0;
    return block.items.flatMap((item) => {
      const [first, ...rest] = item;
      const marker = block.ordered ? { numbering: { reference: ORDERED, level, instance } } : { bullet: { level } };
      const lead =
        first?.kind === 'paragraph'
          ? new Paragraph({ ...marker, children: inlines(first.inlines) })
          : new Paragraph({ ...marker, children: [] });
      const tail = first?.kind === 'paragraph' ? rest : item;
      return [lead, ...this.blocks(tail, listLevel + 1)];
    });
  }

  private part(part: PlanPart): FileChild[] {
    const { plan, labels } = this;
    switch (part) {
      case 'objectives':
        if (plan.objectives.length === 0) return [text(labels.noObjectives)];
        return plan.objectives.flatMap((objective, index) => {
          const rows = objective.indicators.map((indicator) => ({ owner: `O${index + 1}`, indicator }));
          return [
            heading(`O${index + 1}. ${objective.title || labels.untitled}`, 2),
            ...(objective.description ? [text(objective.description)] : []),
            rows.length > 0 ? table(indicatorsTable(rows, labels)) : text(labels.noIndicators),
          ];
        });
      case 'actions':
        return [text(plan.actions.length > 0 ? labels.actionsInAnnex : labels.noActions)];
      case 'timeline':
        return [heading(labels.timeline, 2), plan.actions.length > 0 ? table(timelineTable(plan, labels)) : text(labels.noActions)];
      case 'budget':
        return [heading(labels.budget, 2), table(budgetTable(plan, labels)), ...budgetTotals(plan, labels).map(text)];
      case 'indicators':
        return [
          heading(labels.indicatorsAnnex, 2),
          plan.indicators.length > 0 ? table(indicatorsTable(plan.indicators, labels)) : text(labels.noIndicators),
        ];
    }
  }
}

function clean(value: string): string {
  return value.replace(XML_INVALID, '');
}

function run(value: string, options: { bold?: boolean; italics?: boolean; font?: string; style?: string } = {}): TextRun {
  return new TextRun({ text: clean(value), ...options });
}

/** A text run per line: a hard break in the plan is a line break in Word. */
function runs(inline: Inline): TextRun[] {
  const style = inline.href ? 'Hyperlink' : undefined;
  return clean(inline.text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, bold: inline.bold, italics: inline.italic, style, break: index > 0 ? 1 : undefined }));
}

function inlines(values: readonly Inline[]): ParagraphChild[] {
  return values.flatMap((inline): ParagraphChild[] =>
    inline.href ? [new ExternalHyperlink({ link: inline.href, children: runs(inline) })] : runs(inline),
  );
}

function heading(value: string, level: 1 | 2): Paragraph {
  return new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [run(value)] });
}

function text(value: string): Paragraph {
  return new Paragraph({ children: [run(value)] });
}

function table(content: TextTable): Table {
  const cell = (value: string, bold: boolean) => new TableCell({ children: [new Paragraph({ children: [run(value, { bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: content.header.map((value) => cell(value, true)) }),
      ...content.rows.map((row) => new TableRow({ children: row.map((value) => cell(value, false)) })),
    ],
  });
}
