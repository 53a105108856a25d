import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IAP_SECTION_IDS, checkPlanLogic, newAction, type Objective } from '@iap/shared';
import { buildPlanReadModel, planReadModelStore } from './planReadModel';
import { addAction } from './planWrites';

const objective = (id: string, title: string): Objective => ({ id, title, description: '', indicators: [] });

describe('the plan read model', () => {
  it('gives each action and objective its reference in plan order', () => {
    const model = buildPlanReadModel({ actions: [newAction('a', 'First'), newAction('b', 'Second')], objectives: [objective('o', 'Goal')] }, []);
    expect([...model.items.references]).toEqual([
      ['a', 'A1'],
      ['b', 'A2'],
      ['o', 'O1'],
    ]);
  });

  it('holds the logic check of the plan and the flags of each item', () => {
    const plan = { actions: [{ ...newAction('a', 'Orphan'), objectiveId: 'gone' }], objectives: [objective('o', 'Goal')] };
    const sections = IAP_SECTION_IDS.map((id) => ({ id, textLength: 40 }));
    const model = buildPlanReadModel(plan, sections);
    expect(model.check).toEqual(checkPlanLogic({ sections, ...plan }));
    expect(model.items.flagsByItem.get('a')?.map((flag) => flag.code)).toEqual(
      checkPlanLogic({ sections, ...plan }).flags.filter((flag) => flag.itemId === 'a').map((flag) => flag.code),
    );
    expect(model.items.flagsByItem.get('o')?.map((flag) => flag.code)).toEqual(['objective_without_indicator']);
  });

  it('is computed once per change of the document or of the section texts', () => {
    const doc = new Y.Doc();
    const store = planReadModelStore(doc);
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot()));
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);

    addAction(doc, newAction('a', 'New'));
    expect(store.getSnapshot().items.references.get('a')).toBe('A1');
    const items = store.getItems();

    const sections = [{ id: IAP_SECTION_IDS[0], textLength: 12 }];
    store.setSectionTexts(sections);
    store.setSectionTexts([{ id: IAP_SECTION_IDS[0], textLength: 12 }]);
    expect(seen).toHaveLength(2);
    // Typing changes the check, never the items: the plan's blocks do not re-render.
    expect(store.getItems()).toBe(items);
    expect(store.getSnapshot().check).toEqual(checkPlanLogic({ sections, actions: items.actions, objectives: items.objectives }));
    unsubscribe();
  });
});
