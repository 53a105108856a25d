import { describe, expect, it } from 'vitest';
import type { PlanStateMove } from '@iap/server/planStates/PlanStateStore';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { entry, holdTable, people } from './rows.js';

const at = (ms: number) => new Date(T0 + ms).toISOString();

const move = (from: PlanStateMove['from'], to: PlanStateMove['to'], ms: number, overrides: Partial<PlanStateMove> = {}): PlanStateMove => ({
  documentName: 'iap:porto',
  from,
  to,
  note: null,
  at: at(ms),
  byUserId: 'ana',
  versionId: null,
  ...overrides,
});

const planEntry = (to: string) => ({ ...entry('plan.state_changed', 'iap:porto', { to }), subject: { type: 'city' as const, id: 'porto' } });

describe.each(ENGINES)('PlanStateStore on %s', (name) => {
  const engine = useEngine(name);

  it('a plan never moved is a draft; moves are kept with their history and audit entries', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { planStates, audit } = engine().storage;
    expect(await planStates.current('iap:porto')).toBeNull();
    expect(await planStates.history('iap:porto')).toEqual([]);
    expect(await planStates.move(move('draft', 'in_review', 1_000, { note: 'ready' }), [planEntry('in_review')])).toEqual({ outcome: 'moved' });
    expect(await planStates.move(move('in_review', 'validated', 2_000, { byUserId: 'bo' }), [planEntry('validated')])).toEqual({ outcome: 'moved' });
    expect(await planStates.current('iap:porto')).toEqual({ state: 'validated', changedAt: at(2_000), changedBy: { id: 'bo', name: 'bo' } });
    expect(await planStates.history('iap:porto')).toEqual([
      { from: 'draft', to: 'in_review', note: 'ready', at: at(1_000), by: { id: 'ana', name: 'ana' } },
      { from: 'in_review', to: 'validated', note: null, at: at(2_000), by: { id: 'bo', name: 'bo' } },
    ]);
    expect((await audit.listCity('porto', undefined, 5)).map((logged) => [logged.details, logged.at])).toEqual([
      [{ to: 'validated' }, at(2_000)],
      [{ to: 'in_review' }, at(1_000)],
    ]);
  });

  it('a move from a state the plan is no longer in is stale and writes nothing', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { planStates, audit } = engine().storage;
    expect(await planStates.move(move('in_review', 'validated', 1_000), [planEntry('validated')])).toEqual({ outcome: 'stale', current: 'draft' });
    expect(await planStates.current('iap:porto')).toBeNull();
    expect(await audit.listCity('porto', undefined, 5)).toEqual([]);
  });

  it('of two moves from the same state at once, one is stale', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { planStates } = engine().storage;
    // Over PostgreSQL both are held at their audit insert until both have started (see holdTable).
    const release = await holdTable(engine(), 'audit_log');
    const racing = Promise.all([planStates.move(move('draft', 'in_review', 1_000), [planEntry('a')]), planStates.move(move('draft', 'final', 1_000), [planEntry('b')])]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await release();
    const outcomes = await racing;
    expect(outcomes.filter((outcome) => outcome.outcome === 'stale')).toHaveLength(1);
    expect(await planStates.history('iap:porto')).toHaveLength(1);
  });
});
