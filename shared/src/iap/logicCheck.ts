import * as z from 'zod/mini';
import type { Action } from './actions.js';
import { isIndicatorComplete, type Indicator } from './indicators.js';
import { IAP_SECTION_IDS, type IapSectionId } from './sections.js';
import type { IapPlanSnapshot } from './storedPlan.js';

/** The plan-logic problems URBACT judges a plan on (DOMAIN.md, "Quality criteria"). */
export const LOGIC_FLAG_CODES = [
  'empty_section',
  'action_without_objective',
  'objective_without_indicator',
  'risk_without_mitigation',
  'end_before_start',
  'negative_cost',
] as const;
export type LogicFlagCode = (typeof LOGIC_FLAG_CODES)[number];

export const logicFlagSchema = z.object({
  code: z.enum(LOGIC_FLAG_CODES),
  /** The section the flag is shown beside. */
  sectionId: z.enum(IAP_SECTION_IDS),
  /** The action or objective concerned, when there is one. */
  itemId: z.optional(z.string()),
  /** Position of the risk or funding source inside the item, when relevant. */
  index: z.optional(z.int()),
});
export type LogicFlag = z.infer<typeof logicFlagSchema>;

export const sectionReportSchema = z.object({
  sectionId: z.enum(IAP_SECTION_IDS),
  /** 0-100: how much of what the section asks for is there. */
  completeness: z.int().check(z.gte(0), z.lte(100)),
  flags: z.array(logicFlagSchema),
});
export type SectionReport = z.infer<typeof sectionReportSchema>;

/** The answer of the logic check, also `GET /api/documents/:name/logic-check`. */
export const logicCheckResultSchema = z.object({
  sections: z.array(sectionReportSchema),
  /** Mean of the sections' completeness, 0-100. */
  completeness: z.int().check(z.gte(0), z.lte(100)),
  flags: z.array(logicFlagSchema),
});
export type LogicCheckResult = z.infer<typeof logicCheckResultSchema>;

/**
 * Characters of own text at which a section's writing counts as complete. A guide, not a
 * rule: sections whose substance is a table ask for less prose.
 */
export const SECTION_TEXT_TARGET: Readonly<Record<IapSectionId, number>> = {
  context: 600,
  vision: 300,
  objectives: 200,
  'integrated-approach': 400,
  actions: 150,
  implementation: 300,
  monitoring: 150,
  participation: 300,
  'pilot-actions': 300,
};

/**
 * Checks the logic of a plan and scores each section. Pure: the same snapshot always gives
 * the same result, so the client runs it on every change and the server on every read.
 */
export function checkPlanLogic(plan: IapPlanSnapshot): LogicCheckResult {
  const objectiveIds = new Set(plan.objectives.map((objective) => objective.id));
  const textLengths = new Map(plan.sections.map((section) => [section.id, section.textLength]));
  const flags: LogicFlag[] = [...objectiveFlags(plan), ...plan.actions.flatMap((action) => actionFlags(action, objectiveIds))];

  const completenessOf = new Map(
    IAP_SECTION_IDS.map((sectionId) => [sectionId, toPercent(sectionCompleteness(sectionId, plan, textLengths.get(sectionId) ?? 0, objectiveIds))]),
  );
  for (const sectionId of IAP_SECTION_IDS) {
    const structuredItems =
      sectionId === 'actions' ? plan.actions.length : sectionId === 'objectives' ? plan.objectives.length : 0;
    // A section without prose can still be partly done through the plan's tables (the
    // implementation by scheduled, funded actions; monitoring by complete indicators): not empty.
    const empty = (textLengths.get(sectionId) ?? 0) === 0 && structuredItems === 0 && completenessOf.get(sectionId) === 0;
    if (empty) flags.push({ code: 'empty_section', sectionId });
  }

  const sections = IAP_SECTION_IDS.map((sectionId) => ({
    sectionId,
    completeness: completenessOf.get(sectionId) ?? 0,
    flags: flags.filter((flag) => flag.sectionId === sectionId),
  }));
  const completeness = Math.round(sections.reduce((sum, section) => sum + section.completeness, 0) / sections.length);
  return { sections, completeness, flags };
}

function objectiveFlags(plan: IapPlanSnapshot): LogicFlag[] {
  return plan.objectives
    .filter((objective) => objective.indicators.length === 0)
    .map((objective) => ({ code: 'objective_without_indicator', sectionId: 'objectives', itemId: objective.id }));
}

function actionFlags(action: Action, objectiveIds: ReadonlySet<string>): LogicFlag[] {
  const flags: LogicFlag[] = [];
  const flag = (code: LogicFlagCode, index?: number): void => {
    flags.push(index === undefined ? { code, sectionId: 'actions', itemId: action.id } : { code, sectionId: 'actions', itemId: action.id, index });
  };
  // A link to an objective that was since removed is as good as no link.
  if (!action.objectiveId || !objectiveIds.has(action.objectiveId)) flag('action_without_objective');
  action.risks.forEach((risk, index) => {
    if (risk.mitigation.trim().length === 0) flag('risk_without_mitigation', index);
  });
  if (action.start && action.end && action.end < action.start) flag('end_before_start');
  if (action.estimatedCost !== null && action.estimatedCost < 0) flag('negative_cost');
  action.fundingSources.forEach((funding, index) => {
    if (funding.amount < 0) flag('negative_cost', index);
  });
  return flags;
}

/** 0-1: the mean of the section's criteria (its text, and its table where it has one). */
function sectionCompleteness(
  sectionId: IapSectionId,
  plan: IapPlanSnapshot,
  textLength: number,
  objectiveIds: ReadonlySet<string>,
): number {
  const writing = Math.min(1, textLength / SECTION_TEXT_TARGET[sectionId]);
  switch (sectionId) {
    case 'objectives':
      return mean([writing, fraction(plan.objectives, (objective) => objective.indicators.length > 0)]);
    case 'actions':
      return mean([writing, plan.actions.length === 0 ? 0 : mean(plan.actions.map((action) => actionFilled(action, objectiveIds)))]);
    case 'implementation':
      return mean([writing, fraction(plan.actions, isScheduledAndFunded)]);
    case 'monitoring':
      return mean([writing, fraction(allIndicators(plan), isIndicatorComplete)]);
    default:
      return writing;
  }
}

/** Share of an action's fields that are filled in with values the logic check accepts. */
function actionFilled(action: Action, objectiveIds: ReadonlySet<string>): number {
  const checks = [
    action.title.trim().length > 0,
    action.objectiveId !== null && objectiveIds.has(action.objectiveId),
    action.description.trim().length > 0,
    action.leadOrganisation.trim().length > 0,
    hasValidDates(action),
    action.estimatedCost !== null && action.estimatedCost >= 0,
    action.fundingSources.length > 0 && action.fundingSources.every((funding) => funding.amount >= 0),
    action.outputs.trim().length > 0,
    action.resultIndicators.length > 0,
    action.risks.length > 0 && action.risks.every((risk) => risk.mitigation.trim().length > 0),
  ];
  return checks.filter(Boolean).length / checks.length;
}

function hasValidDates(action: Action): boolean {
  return action.start !== null && action.end !== null && action.end >= action.start;
}

function isScheduledAndFunded(action: Action): boolean {
  return hasValidDates(action) && action.estimatedCost !== null && action.estimatedCost >= 0 && action.fundingSources.length > 0;
}

/** Every indicator of the plan: the objectives' and the actions' result indicators. */
export function allIndicators(plan: Pick<IapPlanSnapshot, 'actions' | 'objectives'>): Indicator[] {
  return [...plan.objectives.flatMap((objective) => objective.indicators), ...plan.actions.flatMap((action) => action.resultIndicators)];
}

/** Share of items meeting the test; 0 when there are none (an empty table is not complete). */
function fraction<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function toPercent(value: number): number {
  return Math.round(value * 100);
}
