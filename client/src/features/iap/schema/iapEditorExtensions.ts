import type { Extensions } from '@tiptap/core';
import type * as Y from 'yjs';
import { IAP_NODE } from '@iap/shared';
import { ActionTableView } from '../actions/ActionTableView';
import { ObjectiveTableView } from '../objectives/ObjectiveTableView';
import { ActionTimelineView } from '../views/ActionTimelineView';
import { BudgetSummaryView } from '../views/BudgetSummaryView';
import { IndicatorsAnnexView } from '../views/IndicatorsAnnexView';
import { PastedHeadings } from './pastedHeadings';
import { planBlockNode } from './planBlockNode';
import { SectionGuidance } from './sectionGuidance';
import { SectionHeading } from './SectionHeading';
import { SectionProtection } from './sectionProtection';
import { CommentHighlights } from '../../comments/commentHighlights';

const ObjectiveTable = planBlockNode(IAP_NODE.objectiveTable, ObjectiveTableView);
const ActionTable = planBlockNode(IAP_NODE.actionTable, ActionTableView);
const ActionTimeline = planBlockNode(IAP_NODE.actionTimeline, ActionTimelineView);
const BudgetSummary = planBlockNode(IAP_NODE.budgetSummary, BudgetSummaryView);
const IndicatorsAnnex = planBlockNode(IAP_NODE.indicatorsAnnex, IndicatorsAnnexView);

/**
 * The IAP's nodes and their behaviour (protection, guidance, comment highlights), for every
 * editor on every document: a client whose schema lacked the nodes would delete the plan's
 * headings and tables for everyone (y-tiptap drops elements its schema cannot hold). On
 * documents without them they do nothing.
 */
export function iapEditorExtensions(doc: Y.Doc): Extensions {
  return [
    SectionHeading,
    ObjectiveTable.configure({ doc }),
    ActionTable.configure({ doc }),
    ActionTimeline.configure({ doc }),
    BudgetSummary.configure({ doc }),
    IndicatorsAnnex.configure({ doc }),
    SectionProtection,
    SectionGuidance,
    PastedHeadings,
    CommentHighlights,
  ];
}
