import { describe, expect } from 'vitest';
import * as Y from 'yjs';
import { IAP_YDOC, networkDashboardSchema, newAction, type DashboardCity } from '@iap/shared';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { appTest as it } from '../support/fixtures.js';
import type { RunningServer } from '../support/server.js';

const PLAN = 'iap.jyvaskyla';

/** An action with a cost, written as another writer (or another instance) would. */
function actionUpdate(id: string, cost: number): Uint8Array {
  const writer = new Y.Doc();
  writer.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push([new Y.Map(Object.entries({ ...newAction(id, `Action ${id}`), estimatedCost: cost }))]);
  return Y.encodeStateAsUpdate(writer);
}

async function cardOf(server: RunningServer, person: SignedIn): Promise<DashboardCity> {
  const response = await server.app.inject({ method: 'GET', url: '/api/network/dashboard', headers: { cookie: person.cookie } });
  expect(response.statusCode).toBe(200);
  return networkDashboardSchema.parse(response.json()).cities.find((city) => city.slug === 'jyvaskyla')!;
}

describe('the dashboard after a restart', () => {
  it('answers from the read model without decoding an unchanged plan, and reads a plan changed meanwhile again', async ({ startApp, newDataDir }) => {
    const dataDir = newDataDir();
    const start = (dir: string) => startApp({ dataDir: dir, unloadDelayMs: 0 });
    const first = await start(dataDir);
    const lead = await addSignedIn(first.app, { name: 'Lena Lead', networkRole: 'lead_partner' });
    await first.app.documentStore.appendUpdates(PLAN, [actionUpdate('a1', 1_000)]);
    const before = await cardOf(first, lead);
    expect(before).toMatchObject({ actions: 1, totalCost: 1_000 });
    await first.close();

    // Restarted: the figures come back from the read model, and no plan is opened to get them.
    const second = await start(dataDir);
    const opened: string[] = [];
    const registry = second.app.collab.registry;
    const attach = registry.attach.bind(registry);
    registry.attach = ((name: string, ...rest: unknown[]) => {
      opened.push(name);
      return (attach as (...args: unknown[]) => unknown)(name, ...rest);
    }) as typeof registry.attach;
    expect(await cardOf(second, lead)).toEqual(before);
    expect(opened).toEqual([]);

    // Another instance commits while the plan is closed here: the read model is behind the store, so the plan is read again.
    await second.app.documentStore.appendUpdates(PLAN, [actionUpdate('a2', 2_500)]);
    expect(await cardOf(second, lead)).toMatchObject({ actions: 2, totalCost: 3_500 });
    expect(opened).toEqual([PLAN]);

    // A row written by another way of counting is not trusted.
    second.app.db.prepare('UPDATE plan_figures SET model = model - 1000, figures = ? WHERE document_name = ?').run('{"actions":99}', PLAN);
    await second.close();
    const third = await start(dataDir);
    expect(await cardOf(third, lead)).toMatchObject({ actions: 2, totalCost: 3_500 });
  });
});
