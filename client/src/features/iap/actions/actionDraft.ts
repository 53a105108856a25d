import {
  actionSchema,
  type Action,
  type ActionRisk,
  type ActionStatus,
  type FundingStatus,
  type Indicator,
} from '@iap/shared';

/** Number fields hold what is typed ('' or a number) until the card is saved. */
type Typed = number | string;

/** The action card's form state: an Action whose dates and amounts are still being typed. */
export interface ActionDraft {
  id: string;
  title: string;
  objectiveId: string | null;
  description: string;
  leadOrganisation: string;
  partners: string[];
  start: string;
  end: string;
  estimatedCost: Typed;
  fundingSources: { source: string; amount: Typed; status: FundingStatus }[];
  outputs: string;
  resultIndicators: Indicator[];
  risks: ActionRisk[];
  status: ActionStatus;
}

export function draftOf(action: Action): ActionDraft {
  return {
    ...action,
    start: action.start ?? '',
    end: action.end ?? '',
    estimatedCost: action.estimatedCost ?? '',
    fundingSources: action.fundingSources.map((funding) => ({ ...funding })),
  };
}

/** '' is "not set"; anything else must be a number (NaN fails the schema, as it should). */
function typedNumber(value: Typed): number | null {
  if (value === '') return null;
  return typeof value === 'number' ? value : Number(value.replace(',', '.'));
}

/** Field path (as the form names it) -> i18n key of the message. */
export type DraftErrors = Record<string, ActionErrorKey>;

export type ActionErrorKey =
  | 'title'
  | 'end'
  | 'date'
  | 'estimatedCost'
  | 'fundingSource'
  | 'fundingAmount'
  | 'risk'
  | 'indicatorName'
  | 'tooLong'
  | 'invalid';

/** Which message a schema issue gets: the zod message is English, the card is translated. */
function errorKeyOf(path: readonly PropertyKey[], code: string): ActionErrorKey {
  const [field, , leaf] = path.map(String);
  if (code === 'too_big' && field !== 'estimatedCost' && leaf !== 'amount') return 'tooLong';
  switch (field) {
    case 'title':
      return 'title';
    case 'end':
      return code === 'custom' ? 'end' : 'date';
    case 'start':
      return 'date';
    case 'estimatedCost':
      return 'estimatedCost';
    case 'fundingSources':
      return leaf === 'amount' ? 'fundingAmount' : 'fundingSource';
    case 'risks':
      return 'risk';
    case 'resultIndicators':
      return 'indicatorName';
    default:
      return 'invalid';
  }
}

/**
 * Validates the draft with the shared action schema. Either the Action to write, or the
 * errors by field path (`fundingSources.0.amount`): nothing is written while there are any.
 */
export function validateDraft(draft: ActionDraft): { action: Action; errors: null } | { action: null; errors: DraftErrors } {
  const candidate = {
    ...draft,
    start: draft.start === '' ? null : draft.start,
    end: draft.end === '' ? null : draft.end,
    estimatedCost: typedNumber(draft.estimatedCost),
    fundingSources: draft.fundingSources.map((funding) => ({ ...funding, amount: typedNumber(funding.amount) ?? Number.NaN })),
  };
  const parsed = actionSchema.safeParse(candidate);
  if (parsed.success) return { action: parsed.data, errors: null };
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= errorKeyOf(issue.path, issue.code);
  }
  return { action: null, errors };
}
