import type * as Y from 'yjs';
import { IAP_YDOC, iapSectionTitle, summariseBudget, type IapPlanSnapshot, type Language } from '@iap/shared';
import { planSnapshotOf } from '../iap/planSnapshot.js';
import type { ExportPlan, IndicatorRow } from './planContent.js';
import type { PlanStamp } from './planStamp.js';
import { readSections } from './richText.js';
import { exportLabels } from './labels.js';

export interface ExportPlanContext {
  city: { slug: string; name: string; language: string };
  /** The reader's language, for the fixed texts. */
  language: Language;
  networkName: string;
  stamp: PlanStamp;
  /** Export time, ms since the epoch. */
  now: number;
  stakeholders: ExportPlan['stakeholders'];
}

/**
 * Reads everything an export shows from the live document, synchronously, so the plan is one
 * consistent state (no update can land between reading the text and the action table).
 * Actions and objectives come through the same lenient reader as the logic check.
 */
export function readExportPlan(doc: Y.Doc, context: ExportPlanContext): ExportPlan {
  const snapshot = planSnapshotOf(doc);
  const date = new Date(context.now).toISOString().slice(0, 10);
  const labels = exportLabels(context.language);
  const named = context.stamp.lastNamedVersion;
  return {
    city: context.city,
    networkName: context.networkName,
    state: context.stamp.state,
    language: context.language,
    versionLabel: labels.currentVersion(
      labels.format.date(date),
      named ? { label: named.label, date: labels.format.date(named.createdAt.slice(0, 10)) } : null,
    ),
    date,
    sections: readSections(doc.getXmlFragment(IAP_YDOC.text)).map((section) => ({
      ...section,
      title: iapSectionTitle(section.id, context.language),
    })),
    objectives: snapshot.objectives,
    actions: snapshot.actions,
    budget: summariseBudget(snapshot.actions),
    indicators: indicatorRows(snapshot),
    stakeholders: context.stakeholders,
  };
}

/** Every indicator of the plan with its owner, numbered as the editor's annex numbers them. */
function indicatorRows({ objectives, actions }: IapPlanSnapshot): IndicatorRow[] {
  return [
    ...objectives.flatMap((objective, index) => objective.indicators.map((indicator) => ({ owner: `O${index + 1}`, indicator }))),
    ...actions.flatMap((action, index) => action.resultIndicators.map((indicator) => ({ owner: `A${index + 1}`, indicator }))),
  ];
}
