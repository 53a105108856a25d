import { describe, expect, it } from 'vitest';
import type { PlanFigures } from '@iap/server/dashboard/planFigures';
import { ENGINES, useEngine } from '../support/engines.js';

const figures = (actions: number): PlanFigures => ({
  completeness: 40,
  sections: [{ sectionId: 'context', completeness: 80 }],
  flags: 1,
  actions,
  totalCost: 1000 * actions,
  secured: 500,
  likely: 200,
  toFind: 300,
  fundingGap: 1000 * actions - 700,
});

describe.each(ENGINES)('the dashboard read model (PlanFiguresStore) on %s', (name) => {
  const engine = useEngine(name);

  it('remembers figures with their seq, and a slower writer never replaces newer ones with older', async () => {
    const { planFigures } = engine().storage;
    expect(await planFigures.find('iap.barnsley')).toBeNull();
    await planFigures.save('iap.barnsley', { seq: 7, figures: figures(3) });
    expect(await planFigures.find('iap.barnsley')).toEqual({ seq: 7, figures: figures(3) });
    await planFigures.save('iap.barnsley', { seq: 5, figures: figures(1) });
    expect(await planFigures.find('iap.barnsley')).toEqual({ seq: 7, figures: figures(3) });
    await planFigures.save('iap.barnsley', { seq: 9, figures: figures(4) });
    expect(await planFigures.find('iap.barnsley')).toEqual({ seq: 9, figures: figures(4) });
    expect(await planFigures.find('iap.mizil')).toBeNull();
  });

  it('reads a row that no longer parses as absent (computed again), never as figures', async () => {
    const under = engine();
    await under.storage.planFigures.save('iap.mizil', { seq: 3, figures: figures(2) });
    await under.query('UPDATE plan_figures SET figures = ? WHERE document_name = ?', ['{"completeness":"a lot"}', 'iap.mizil']);
    expect(await under.storage.planFigures.find('iap.mizil')).toBeNull();
  });
});
