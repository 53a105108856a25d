import { describe, expect } from 'vitest';
import * as Y from 'yjs';
import {
  IAP_YDOC,
  logicCheckResultSchema,
  networkDashboardSchema,
  newAction,
  planComparisonSchema,
  type DashboardCity,
  type FundingSource,
} from '@iap/shared';
import type { RunningServer } from '../support/server.js';
import { appTest } from '../support/fixtures.js';
import { waitForDoc, type TestClient } from '../support/yclient.js';
import { addSignedIn, type SignedIn } from '../access/people.js';

const it = appTest
  .extend('lead', ({ server }) => addSignedIn(server.app, { name: 'Lena Lead', networkRole: 'lead_partner' }))
  /** Connects a live Yjs client to a document with the person's session, synced; destroyed after the test. */
  .extend('connectAs', ({ server, connect }) => async (person: SignedIn, name: string): Promise<TestClient> => {
    const client = connect(server.wsUrl, name, { headers: { cookie: person.cookie } });
    await client.synced;
    return client;
  });
// A short editing pause, so the automatic version that dates the last activity is taken quickly.
it.override('appOptions', { versionPolicy: { pauseMs: 20 } });

async function dashboardOf(server: RunningServer, person: SignedIn): Promise<DashboardCity[]> {
  const response = await server.app.inject({ method: 'GET', url: '/api/network/dashboard', headers: { cookie: person.cookie } });
  expect(response.statusCode).toBe(200);
  return networkDashboardSchema.parse(response.json()).cities;
}

/**
 * The test's own reading of a plan: the committed updates decoded from the document store,
 * summed by hand. It shares nothing with the server's read side but Yjs itself.
 */
async function storedFigures(server: RunningServer, name: string) {
  const stored = await server.app.documentStore.load(name);
  const doc = new Y.Doc();
  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
  const actions = doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).toJSON() as { estimatedCost: number | null; fundingSources: FundingSource[] }[];
  const sum = { totalCost: 0, secured: 0, likely: 0, to_find: 0 };
  for (const action of actions) {
    if ((action.estimatedCost ?? 0) > 0) sum.totalCost += action.estimatedCost!;
    for (const funding of action.fundingSources) if (funding.amount > 0) sum[funding.status] += funding.amount;
  }
  return {
    actions: actions.length,
    totalCost: sum.totalCost,
    secured: sum.secured,
    likely: sum.likely,
    toFind: sum.to_find,
    fundingGap: Math.max(0, sum.totalCost - sum.secured - sum.likely),
  };
}

function actionMap(id: string, title: string, fields: Partial<ReturnType<typeof newAction>>): Y.Map<unknown> {
  return new Y.Map<unknown>(Object.entries({ ...newAction(id, title), ...fields }));
}

describe('the network dashboard', () => {
  it('shows the figures the documents hold after two people edit actions live', async ({ server, connectAs, lead }) => {
    const ana = await addSignedIn(server.app, { name: 'Ana Member', city: 'obidos' });
    const rui = await addSignedIn(server.app, { name: 'Rui Member', city: 'obidos', role: 'coordinator' });
    // Read once before: the figures it remembers must not outlive the edits below.
    expect((await dashboardOf(server, lead)).find((city) => city.slug === 'obidos')).toMatchObject({ actions: 0, totalCost: 0 });
    const first = await connectAs(ana, 'iap.obidos');
    const second = await connectAs(rui, 'iap.obidos');
    const actionsOf = (client: TestClient) => client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions);

    // Two people add actions at once, then each changes the other's.
    actionsOf(first).push([
      actionMap('a1', 'Creative residencies', {
        estimatedCost: 120_000,
        fundingSources: [{ source: 'ERDF', amount: 80_000, status: 'secured' }],
      }),
    ]);
    actionsOf(second).push([
      actionMap('a2', 'Craft market', {
        estimatedCost: 30_000,
        fundingSources: [{ source: 'Municipality', amount: 10_000, status: 'likely' }],
      }),
    ]);
    await Promise.all([first.whenSaved(), second.whenSaved()]);
    await waitForDoc(first.doc, () => actionsOf(first).length === 2);
    await waitForDoc(second.doc, () => actionsOf(second).length === 2);
    const byId = (client: TestClient, id: string) => actionsOf(client).toArray().find((action) => action.get('id') === id)!;
    byId(first, 'a2').set('fundingSources', [
      { source: 'Municipality', amount: 10_000, status: 'likely' },
      { source: 'Sponsors', amount: 5_000, status: 'to_find' },
    ]);
    byId(second, 'a1').set('estimatedCost', 150_000);
    actionsOf(second).push([actionMap('a3', 'Digital skills for makers', { estimatedCost: null })]);
    await Promise.all([first.whenSaved(), second.whenSaved()]);
    // Between reads, only a change of cost: the count of actions stays, the sums move.
    expect((await dashboardOf(server, lead)).find((city) => city.slug === 'obidos')).toMatchObject({ actions: 3, totalCost: 180_000 });
    byId(first, 'a3').set('estimatedCost', 20_000);
    await first.whenSaved();

    const obidos = (await dashboardOf(server, lead)).find((city) => city.slug === 'obidos')!;
    const expected = await storedFigures(server, 'iap.obidos');
    expect(expected).toEqual({ actions: 3, totalCost: 200_000, secured: 80_000, likely: 10_000, toFind: 5_000, fundingGap: 110_000 });
    expect(obidos).toMatchObject(expected);
    expect(obidos.members).toBe(2);
    expect(obidos.state).toBe('draft');

    // The completeness and flags are the ones the plan's own logic check reports.
    const check = await server.app.inject({ method: 'GET', url: '/api/documents/iap.obidos/logic-check', headers: { cookie: lead.cookie } });
    const logic = logicCheckResultSchema.parse(check.json());
    expect(obidos.completeness).toBe(logic.completeness);
    expect(obidos.sections).toEqual(logic.sections.map(({ sectionId, completeness }) => ({ sectionId, completeness })));
    expect(obidos.flags).toBe(logic.flags.length);

    // The edits become a version within the pause: that is the plan's last activity.
    await expect
      .poll(async () => (await dashboardOf(server, lead)).find((city) => city.slug === 'obidos')!.lastActivityAt, { timeout: 5_000 })
      .not.toBeNull();
  });

  it('lists every city, with the register counted and untouched plans empty', async ({ server, lead }) => {
    const coordinator = await addSignedIn(server.app, { name: 'Cora Coordinator', city: 'barnsley', role: 'coordinator' });
    for (const [name, sector, consentToBeListed] of [
      ['Ben', 'business', true],
      ['Bea', 'business', false],
      ['Cal', 'citizen', true],
    ] as const) {
      const created = await server.app.inject({
        method: 'POST',
        url: '/api/cities/barnsley/stakeholders',
        headers: { cookie: coordinator.cookie },
        payload: { name, sector, importance: 3, influence: 3, consentToBeListed },
      });
      expect(created.statusCode).toBe(201);
    }
    const cities = await dashboardOf(server, lead);
    expect(cities).toHaveLength(9);
    const barnsley = cities.find((city) => city.slug === 'barnsley')!;
    // The same counts the ULG page's sector balance shows the lead partner.
    const summary = await server.app.inject({ method: 'GET', url: '/api/cities/barnsley/stakeholders/summary', headers: { cookie: lead.cookie } });
    expect(barnsley.stakeholders).toBe(summary.json<{ total: number }>().total);
    expect(barnsley.bySector).toMatchObject({ business: 2, citizen: 1, public_authority: 0 });
    expect(barnsley).toMatchObject({ actions: 0, totalCost: 0, fundingGap: 0, members: 1, lastActivityAt: null });
    expect(barnsley.flags).toBeGreaterThan(0);
  });

  it('shows the flag of a negative cost written by a raw client and still answers', async ({ server, connectAs, lead }) => {
    const writer = await addSignedIn(server.app, { name: 'Mihai', city: 'mizil' });
    const client = await connectAs(writer, 'iap.mizil');
    client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push([
      actionMap('bad', 'Negative', {
        estimatedCost: -5_000,
        fundingSources: [{ source: 'Nobody', amount: -100, status: 'secured' }],
      }),
      actionMap('good', 'Fine', { estimatedCost: 2_000 }),
    ]);
    // Not even an action: junk in the array must not break the reading of the rest.
    client.doc.getArray<unknown>(IAP_YDOC.actions).push(['not an action']);
    await client.whenSaved();

    const mizil = (await dashboardOf(server, lead)).find((city) => city.slug === 'mizil')!;
    const check = logicCheckResultSchema.parse(
      (await server.app.inject({ method: 'GET', url: '/api/documents/iap.mizil/logic-check', headers: { cookie: lead.cookie } })).json(),
    );
    expect(check.flags.filter((flag) => flag.code === 'negative_cost')).toHaveLength(2);
    expect(mizil.flags).toBe(check.flags.length);
    expect(mizil).toMatchObject({ actions: 2, totalCost: 2_000, secured: 0, fundingGap: 2_000 });
  });

  it('is for the lead partner and the admin only', async ({ server, lead }) => {
    const admin = await addSignedIn(server.app, { name: 'Ada Admin', networkRole: 'admin' });
    const member = await addSignedIn(server.app, { name: 'Olga Member', city: 'obidos' });
    const coordinator = await addSignedIn(server.app, { name: 'Carl Coordinator', city: 'obidos', role: 'coordinator' });
    const get = (url: string, person?: SignedIn) =>
      server.app.inject({ method: 'GET', url, headers: person ? { cookie: person.cookie } : {} });
    for (const url of ['/api/network/dashboard', '/api/network/compare?a=obidos&b=mizil']) {
      expect((await get(url)).statusCode).toBe(401);
      expect((await get(url, member)).statusCode).toBe(403);
      expect((await get(url, member)).json()).toMatchObject({ error: { code: 'forbidden' } });
      expect((await get(url, coordinator)).statusCode).toBe(403);
      expect((await get(url, admin)).statusCode).toBe(200);
      expect((await get(url, lead)).statusCode).toBe(200);
    }
    // Access is decided before the query is judged: a refused caller learns nothing about it.
    expect((await get('/api/network/compare?a=obidos&b=obidos', member)).statusCode).toBe(403);
    expect((await get('/api/network/compare?a=obidos&b=obidos')).statusCode).toBe(401);
  });
});

describe('comparing two plans', () => {
  it('aligns the sections and lists both action tables', async ({ server, connectAs, lead }) => {
    const writer = await addSignedIn(server.app, { name: 'Olivia', city: 'obidos' });
    const client = await connectAs(writer, 'iap.obidos');
    const blocks = client.doc.getXmlFragment(IAP_YDOC.text).toArray() as Y.XmlElement[];
    const paragraph = blocks[blocks.findIndex((block) => block.getAttribute('sectionId') === 'vision') + 1]!;
    paragraph.insert(0, [new Y.XmlText('A creative town, open all year round.')]);
    client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push([actionMap('a1', 'Literary festival', { estimatedCost: 40_000 })]);
    await client.whenSaved();

    const response = await server.app.inject({ method: 'GET', url: '/api/network/compare?a=obidos&b=mizil', headers: { cookie: lead.cookie } });
    expect(response.statusCode).toBe(200);
    const { a, b } = planComparisonSchema.parse(response.json());
    expect(a.sections.map((section) => section.sectionId)).toEqual(b.sections.map((section) => section.sectionId));
    expect(a.sections).toHaveLength(9);
    expect(a.sections.find((section) => section.sectionId === 'vision')?.text).toBe('A creative town, open all year round.');
    expect(b.sections.every((section) => section.text === '')).toBe(true);
    expect(a.actions.map((action) => action.title)).toEqual(['Literary festival']);
    expect(a.city.totalCost).toBe(40_000);
    expect(b.actions).toEqual([]);
  });

  it('refuses the same city twice and an unknown city', async ({ server, lead }) => {
    const get = (query: string) =>
      server.app.inject({ method: 'GET', url: `/api/network/compare?${query}`, headers: { cookie: lead.cookie } });
    const same = await get('a=obidos&b=obidos');
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'b' } });
    expect((await get('a=obidos')).statusCode).toBe(400);
    const unknown = await get('a=obidos&b=atlantis');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { field: 'b' } });
  });
});
