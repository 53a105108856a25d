import * as Y from 'yjs';
import { IAP_NODE, isIapSectionId, type IapSectionId } from '@iap/shared';
import { DEFAULT_MAX_DEPTH } from '../collab/DocumentModel.js';
import { textOf } from '../iap/planSnapshot.js';
import type { Block, Inline, PlanPart } from './planContent.js';
import { safeHref } from './safeLink.js';

type XmlNode = Y.XmlElement | Y.XmlText | Y.XmlHook;

const PART_OF_NODE: Readonly<Record<string, PlanPart>> = {
  [IAP_NODE.objectiveTable]: 'objectives',
  [IAP_NODE.actionTable]: 'actions',
  [IAP_NODE.actionTimeline]: 'timeline',
  [IAP_NODE.budgetSummary]: 'budget',
  [IAP_NODE.indicatorsAnnex]: 'indicators',
};

/**
 * Splits the plan's rich text into its sections: each runs from its protected heading to the
 * next. Text written before the first heading (never there in the template, but a client may
 * put it there) is kept at the start of the first section rather than lost.
 */
export function readSections(fragment: Y.XmlFragment): { id: IapSectionId; blocks: Block[] }[] {
  const sections: { id: IapSectionId; blocks: Block[] }[] = [];
  const before: Block[] = [];
  let current: Block[] | null = null;
  for (const node of fragment.toArray()) {
    if (node instanceof Y.XmlElement && node.nodeName === IAP_NODE.sectionHeading) {
      const id = node.getAttribute('sectionId');
      if (isIapSectionId(id)) {
        current = sections.length === 0 ? before : [];
        sections.push({ id, blocks: current });
        continue;
      }
    }
    (current ?? before).push(...readBlock(node, 1));
  }
  return sections;
}

/**
 * One block and what it holds. Recursion is bounded: the collab guard keeps new content
 * within DEFAULT_MAX_DEPTH, and anything deeper (stored before the guard) is flattened to
 * its text by an iterative walk instead of overflowing the stack.
 */
function readBlock(node: XmlNode, depth: number): Block[] {
  if (node instanceof Y.XmlText) return paragraphOf([node]);
  if (!(node instanceof Y.XmlElement)) return [];
  if (depth > DEFAULT_MAX_DEPTH) return [{ kind: 'paragraph', inlines: [plain(textOf(node))] }];
  const children = node.toArray();
  const inner = (): Block[] => children.flatMap((child) => readBlock(child, depth + 1));
  const part = PART_OF_NODE[node.nodeName];
  if (part) return [{ kind: 'part', part }];
  switch (node.nodeName) {
    case 'paragraph':
      return paragraphOf(children);
    case 'heading':
      return [{ kind: 'heading', level: headingLevel(node.getAttribute('level')), inlines: inlinesOf(children) }];
    case 'bulletList':
    case 'orderedList':
      return [
        {
          kind: 'list',
          ordered: node.nodeName === 'orderedList',
          items: children.map((item) => (item instanceof Y.XmlElement ? item.toArray().flatMap((child) => readBlock(child, depth + 2)) : [])),
        },
      ];
    case 'table':
      return [{ kind: 'table', rows: children.map((row) => ({ cells: cellsOf(row, depth + 1) })) }];
    case 'blockquote':
      return [{ kind: 'quote', blocks: inner() }];
    case 'codeBlock':
      return [{ kind: 'code', text: textOf(node) }];
    case 'horizontalRule':
      return [{ kind: 'rule' }];
    default:
      // A node this reader does not know (a list item out of place, say): keep what it holds.
      return inner();
  }
}

function cellsOf(row: XmlNode, depth: number): { header: boolean; blocks: Block[] }[] {
  if (!(row instanceof Y.XmlElement)) return [];
  return row.toArray().map((cell) => ({
    header: cell instanceof Y.XmlElement && cell.nodeName === 'tableHeader',
    blocks: cell instanceof Y.XmlElement ? cell.toArray().flatMap((child) => readBlock(child, depth + 2)) : [],
  }));
}

function paragraphOf(children: XmlNode[]): Block[] {
  return [{ kind: 'paragraph', inlines: inlinesOf(children) }];
}

/** The text runs of a paragraph or heading; a hard break becomes a line break in the text. */
function inlinesOf(children: XmlNode[]): Inline[] {
  const inlines: Inline[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== 'string') continue;
        const marks = op.attributes ?? {};
        const link = marks.link as { href?: unknown } | undefined;
        inlines.push({ text: op.insert, bold: 'bold' in marks, italic: 'italic' in marks, href: safeHref(link?.href) });
      }
    } else if (child instanceof Y.XmlElement) {
      inlines.push(plain(child.nodeName === 'hardBreak' ? '\n' : textOf(child)));
    }
  }
  return inlines;
}

function plain(text: string): Inline {
  return { text, bold: false, italic: false, href: null };
}

function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 3;
}
