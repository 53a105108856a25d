import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  checkPlanLogic,
  emptyPlanSnapshot,
  IAP_SECTION_IDS,
  newAction,
  readPlanSnapshot,
  SECTION_TEXT_TARGET,
  summariseBudget,
  type Action,
  type IapPlanSnapshot,
  type Indicator,
  type Objective,
} from '@iap/shared';

const indicator = (id: string, complete = true): Indicator => ({
  id,
  name: 'Creative businesses in the old town',
  baseline: complete ? '12' : '',
  target: complete ? '30' : '',
  source: complete ? 'Municipal business register' : '',
  frequency: complete ? 'yearly' : null,
});

const objective = (id: string, indicators: Indicator[] = [indicator(`${id}-i`)]): Objective => ({
  id,
  title: 'Grow the creative economy',
  description: '',
  indicators,
});

const completeAction = (id: string, objectiveId: string): Action => ({
  ...newAction(id, 'Creative residencies in empty shops'),
  objectiveId,
  description: 'Open three empty shops to artists for six months each.',
  leadOrganisation: 'Óbidos Municipality',
  start: '2025-01-01',
  end: '2025-12-31',
  estimatedCost: 90_000,
  fundingSources: [{ source: 'City budget', amount: 40_000, status: 'secured' }],
  outputs: 'Three residencies',
  resultIndicators: [indicator(`${id}-r`)],
  risks: [{ risk: 'Owners withdraw', mitigation: 'Sign leases before the call' }],
  status: 'agreed',
});

function plan(overrides: Partial<IapPlanSnapshot> = {}): IapPlanSnapshot {
  return { ...emptyPlanSnapshot(), ...overrides };
}

const codes = (snapshot: IapPlanSnapshot): string[] => checkPlanLogic(snapshot).flags.map((flag) => flag.code);

describe('plan logic check', () => {
  it('flags every section of an empty plan as empty and scores it 0', () => {
    const result = checkPlanLogic(emptyPlanSnapshot());
    expect(result.flags.filter((flag) => flag.code === 'empty_section').map((flag) => flag.sectionId)).toEqual([
      ...IAP_SECTION_IDS,
    ]);
    expect(result.sections.every((section) => section.completeness === 0)).toBe(true);
    expect(result.completeness).toBe(0);
  });

  it('treats a section missing from the document as empty', () => {
    const result = checkPlanLogic(plan({ sections: [{ id: 'vision', textLength: 50 }] }));
    const empty = result.flags.filter((flag) => flag.code === 'empty_section').map((flag) => flag.sectionId);
    expect(empty).toContain('context');
    expect(empty).not.toContain('vision');
  });

  it('flags an action with no objective, and the flag clears once it serves one', () => {
    const unlinked = { ...completeAction('a1', 'o1'), objectiveId: null };
    const before = checkPlanLogic(plan({ actions: [unlinked], objectives: [objective('o1')] }));
    expect(before.flags).toContainEqual({ code: 'action_without_objective', sectionId: 'actions', itemId: 'a1' });

    const after = checkPlanLogic(plan({ actions: [completeAction('a1', 'o1')], objectives: [objective('o1')] }));
    expect(after.flags.map((flag) => flag.code)).not.toContain('action_without_objective');
  });

  it('treats a link to a removed objective as no objective', () => {
    expect(codes(plan({ actions: [completeAction('a1', 'gone')], objectives: [objective('o1')] }))).toContain(
      'action_without_objective',
    );
  });

  it('flags an objective with no indicator', () => {
    const result = checkPlanLogic(plan({ objectives: [objective('o1', []), objective('o2')] }));
    expect(result.flags.filter((flag) => flag.code === 'objective_without_indicator')).toEqual([
      { code: 'objective_without_indicator', sectionId: 'objectives', itemId: 'o1' },
    ]);
  });

  it('flags each risk without a mitigation by its position', () => {
    const action = {
      ...completeAction('a1', 'o1'),
      risks: [
        { risk: 'Owners withdraw', mitigation: 'Sign leases first' },
        { risk: 'Low turnout', mitigation: '   ' },
      ],
    };
    const flags = checkPlanLogic(plan({ actions: [action], objectives: [objective('o1')] })).flags;
    expect(flags).toContainEqual({ code: 'risk_without_mitigation', sectionId: 'actions', itemId: 'a1', index: 1 });
    expect(flags.filter((flag) => flag.code === 'risk_without_mitigation')).toHaveLength(1);
  });

  it('flags an end before the start and a negative cost or funding amount', () => {
    const action = {
      ...completeAction('a1', 'o1'),
      start: '2025-06-01',
      end: '2025-05-31',
      estimatedCost: -5,
      fundingSources: [{ source: 'ERDF', amount: -1, status: 'likely' as const }],
    };
    const flags = checkPlanLogic(plan({ actions: [action], objectives: [objective('o1')] })).flags;
    expect(flags).toContainEqual({ code: 'end_before_start', sectionId: 'actions', itemId: 'a1' });
    expect(flags).toContainEqual({ code: 'negative_cost', sectionId: 'actions', itemId: 'a1' });
    expect(flags).toContainEqual({ code: 'negative_cost', sectionId: 'actions', itemId: 'a1', index: 0 });
  });

  it('scores a fully written plan 100 in every section, with no flag', () => {
    const full = plan({
      sections: IAP_SECTION_IDS.map((id) => ({ id, textLength: SECTION_TEXT_TARGET[id] })),
      actions: [completeAction('a1', 'o1')],
      objectives: [objective('o1')],
    });
    const result = checkPlanLogic(full);
    expect(result.flags).toEqual([]);
    expect(result.sections.map((section) => section.completeness)).toEqual(IAP_SECTION_IDS.map(() => 100));
    expect(result.completeness).toBe(100);
  });

  it('counts half of the actions section when the text is there but the only action is bare', () => {
    const result = checkPlanLogic(
      plan({
        sections: [{ id: 'actions', textLength: SECTION_TEXT_TARGET.actions }],
        actions: [{ ...newAction('a1', 'Bare action') }],
      }),
    );
    const actions = result.sections.find((section) => section.sectionId === 'actions');
    // Text complete (1) and one of ten action fields filled (0.1): (1 + 0.1) / 2.
    expect(actions?.completeness).toBe(55);
  });

  it('does not call a section empty when its tables make it partly complete', () => {
    // No prose in the implementation section, but every action is scheduled and funded: 50%.
    const result = checkPlanLogic(plan({ objectives: [objective('o1')], actions: [completeAction('a1', 'o1')] }));
    const implementation = result.sections.find((section) => section.sectionId === 'implementation');
    expect(implementation?.completeness).toBe(50);
    expect(implementation?.flags.map((flag) => flag.code)).not.toContain('empty_section');
    // A section with neither prose nor table is still empty.
    expect(result.sections.find((section) => section.sectionId === 'vision')?.flags.map((flag) => flag.code)).toEqual(['empty_section']);
  });

  it('does not count incomplete indicators towards monitoring', () => {
    const result = checkPlanLogic(
      plan({ objectives: [objective('o1', [indicator('i1'), indicator('i2', false)])] }),
    );
    expect(result.sections.find((section) => section.sectionId === 'monitoring')?.completeness).toBe(25);
  });
});

describe('reading a plan from the raw document', () => {
  it('keeps bad values that the check must flag and drops what it cannot read', () => {
    const snapshot = readPlanSnapshot({
      sections: [
        { id: 'context', textLength: 10 },
        { id: 'not-a-section', textLength: 99 },
      ],
      actions: [
        { id: 'a1', title: 'Festival', estimatedCost: -100, start: '2025-02-01', end: '2025-01-01', risks: 'oops' },
        { title: 'no id' },
        'junk',
      ],
      objectives: [{ id: 'o1', title: 42, indicators: [{ id: 'i1', name: 'Visitors' }, null] }],
    });
    expect(snapshot.sections).toEqual([{ id: 'context', textLength: 10 }]);
    expect(snapshot.actions).toHaveLength(1);
    expect(snapshot.actions[0]).toMatchObject({ id: 'a1', estimatedCost: -100, risks: [], status: 'proposed', title: 'Festival' });
    expect(snapshot.objectives[0]).toMatchObject({ id: 'o1', title: '' });
    expect(snapshot.objectives[0]?.indicators).toHaveLength(1);
    expect(codes(snapshot)).toEqual(expect.arrayContaining(['end_before_start', 'negative_cost', 'action_without_objective']));
  });
});

describe('the action card schema', () => {
  it('refuses an end before the start, naming the end field', () => {
    const result = actionSchema.safeParse({ ...newAction('a1', 'Festival'), start: '2025-02-01', end: '2025-01-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });

  it('refuses a negative cost, naming the cost field', () => {
    const result = actionSchema.safeParse({ ...newAction('a1', 'Festival'), estimatedCost: -1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['estimatedCost']);
  });

  it('accepts a risk whose mitigation is not agreed yet (the logic check flags it)', () => {
    const result = actionSchema.safeParse({ ...newAction('a1', 'Festival'), risks: [{ risk: 'Rain', mitigation: '' }] });
    expect(result.success).toBe(true);
  });
});

describe('budget summary', () => {
  it('totals funding by source and status and computes the gap left after secured and likely funding', () => {
    const actions: Action[] = [
      {
        ...completeAction('a1', 'o1'),
        estimatedCost: 100_000,
        fundingSources: [
          { source: 'City budget', amount: 30_000, status: 'secured' },
          { source: 'ERDF', amount: 50_000, status: 'likely' },
        ],
      },
      {
        ...completeAction('a2', 'o1'),
        estimatedCost: 50_000,
        fundingSources: [
          { source: ' city  budget ', amount: 10_000, status: 'secured' },
          { source: 'Sponsors', amount: 20_000, status: 'to_find' },
        ],
      },
      { ...newAction('a3', 'Not costed yet') },
    ];
    const summary = summariseBudget(actions);
    expect(summary.estimatedTotal).toBe(150_000);
    expect(summary.byStatus).toEqual({ secured: 40_000, likely: 50_000, to_find: 20_000 });
    expect(summary.fundingGap).toBe(60_000);
    expect(summary.actionsWithoutCost).toBe(1);
    expect(summary.bySource.map((row) => [row.source, row.total])).toEqual([
      ['ERDF', 50_000],
      ['City budget', 40_000],
      ['Sponsors', 20_000],
    ]);
  });
});
