import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  IAP_SECTION_IDS,
  IAP_YDOC,
  newAction,
  planStateInfoSchema,
  versionDiffSchema,
  versionListSchema,
  versionSchema,
  type PlanState,
} from '@iap/shared';
import { startServer, type RunningServer } from '../support/server.js';
import { waitForDoc, type TestClient } from '../support/yclient.js';
import { planText, writeParagraph } from '../support/planParagraph.js';
import { appTest, appTest as it } from '../support/fixtures.js';
import { addSignedIn, signInCast, type Cast, type SignedIn } from '../access/people.js';

describe('versions of a plan', () => {
  // One server and one cast for the three tests: signing in every role is the slow part.
  let server: RunningServer;
  let cast: Cast;
  const document = 'iap.mizil';
  /** A synced client of the plan, signed in as `person`; destroyed after the test. */
  const it = appTest.extend<{ client: (person: SignedIn) => Promise<TestClient> }>({
    client: async ({ connect }, use) => {
      await use(async (person) => {
        const connected = connect(server.wsUrl, document, { headers: { cookie: person.cookie } });
        await connected.synced;
        return connected;
      });
    },
  });

  const api = (person: SignedIn, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    server.app.inject({ method, url, headers: { cookie: person.cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    server = await startServer({ versionPolicy: { pauseMs: 60_000 } });
    cast = await signInCast(server.app, 'mizil');
  });
  afterAll(() => server.close());

  it('a named version, its diff against the current plan, and a restore both live clients see', async ({ client }) => {
    const coordinator = await client(cast.coordinator!);
    const member = await client(cast.member!);
    writeParagraph(coordinator, 'First draft of the vision');
    await coordinator.whenSaved();

    const created = await api(cast.member!, 'POST', `/api/documents/${document}/versions`, { label: 'Draft for ULG meeting 3' });
    expect(created.statusCode).toBe(201);
    const named = versionSchema.parse(created.json());
    expect(named).toMatchObject({ kind: 'named', label: 'Draft for ULG meeting 3', author: { id: cast.member!.id } });

    writeParagraph(member, 'Second thoughts after the meeting');
    await member.whenSaved();
    await waitForDoc(coordinator.doc, () => planText(coordinator).includes('Second thoughts'));

    const diff = versionDiffSchema.parse((await api(cast.observer!, 'GET', `/api/documents/${document}/versions/${named.id}/diff?against=current`)).json());
    expect(diff.text).toContainEqual({ sectionId: IAP_SECTION_IDS[0], kind: 'inserted', text: expect.stringContaining('Second thoughts after the meeting') });
    expect(diff.text.filter((change) => change.kind === 'deleted')).toEqual([]);

    const restored = await api(cast.coordinator!, 'POST', `/api/documents/${document}/versions/${named.id}/restore`);
    expect(restored.statusCode).toBe(200);
    expect(versionSchema.parse(restored.json()).kind).toBe('restore');
    for (const live of [coordinator, member]) {
      await waitForDoc(live.doc, () => !planText(live).includes('Second thoughts'));
      expect(planText(live)).toContain('First draft of the vision');
    }

    // Nothing in between is lost: the state before the restore is itself a version.
    const { versions } = versionListSchema.parse((await api(cast.member!, 'GET', `/api/documents/${document}/versions`)).json());
    const before = versions.find((version) => version.kind === 'restore' && version.label?.startsWith('Before restoring'));
    expect(before).toBeDefined();
    const sinceBefore = versionDiffSchema.parse((await api(cast.member!, 'GET', `/api/documents/${document}/versions/${before!.id}/diff?against=current`)).json());
    expect(sinceBefore.text).toContainEqual(expect.objectContaining({ kind: 'deleted', text: expect.stringContaining('Second thoughts after the meeting') }));
    // Newest first.
    expect(versions[0]!.label).toMatch(/^Restored /);
  });

  it('a diff names the action added and the field that changed, old and new', async ({ client }) => {
    const member = await client(cast.member!);
    const actions = member.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions);
    actions.push([new Y.Map<unknown>(Object.entries({ ...newAction('act-festival', 'Creative festival'), estimatedCost: 10_000 }))]);
    await member.whenSaved();
    const first = versionSchema.parse((await api(cast.member!, 'POST', `/api/documents/${document}/versions`, { label: 'before the budget' })).json());

    actions.get(actions.length - 1).set('estimatedCost', 12_500);
    actions.push([new Y.Map<unknown>(Object.entries(newAction('act-lab', 'Maker lab')))]);
    await member.whenSaved();
    const second = versionSchema.parse((await api(cast.member!, 'POST', `/api/documents/${document}/versions`, { label: 'after the budget' })).json());

    const diff = versionDiffSchema.parse((await api(cast.member!, 'GET', `/api/documents/${document}/versions/${first.id}/diff?against=${second.id}`)).json());
    expect(diff.actions).toContainEqual({ id: 'act-festival', title: 'Creative festival', kind: 'changed', fields: [{ field: 'estimatedCost', from: 10_000, to: 12_500 }] });
    expect(diff.actions).toContainEqual({ id: 'act-lab', title: 'Maker lab', kind: 'added' });
  });

  it('refuses versions of another document, unknown ids, readers who cannot edit and empty labels', async () => {
    const member = cast.member!;
    const version = versionSchema.parse((await api(member, 'POST', `/api/documents/${document}/versions`, { label: 'mine' })).json());
    const outsider = await addSignedIn(server.app, { name: 'Other city', city: 'enguera', role: 'coordinator' });

    expect((await api(outsider, 'POST', `/api/documents/iap.enguera/versions/${version.id}/restore`)).statusCode).toBe(404);
    expect((await api(outsider, 'GET', `/api/documents/iap.enguera/versions/${version.id}/diff`)).statusCode).toBe(404);
    expect((await api(member, 'POST', `/api/documents/${document}/versions/no-such-version/restore`)).statusCode).toBe(404);
    const against = await api(member, 'GET', `/api/documents/${document}/versions/${version.id}/diff?against=no-such-version`);
    expect(against.json()).toMatchObject({ error: { code: 'not_found', field: 'against' } });
    expect((await api(cast.observer!, 'POST', `/api/documents/${document}/versions`, { label: 'observer' })).statusCode).toBe(403);
    expect((await api(cast.observer!, 'POST', `/api/documents/${document}/versions/${version.id}/restore`)).statusCode).toBe(403);
    const empty = await api(member, 'POST', `/api/documents/${document}/versions`, { label: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'label' } });
  });
});

describe('automatic versions', () => {
  it.override('appOptions', { versionPolicy: { pauseMs: 100 } });

  it('are taken after a pause in editing, and cost far less than the document', async ({ server, connect, signIn }) => {
    const member = await signIn({ name: 'Writer', city: 'barnsley' });
    const writer = connect(server.wsUrl, 'iap.barnsley', { headers: { cookie: member.cookie } });
    await writer.synced;
    writeParagraph(writer, 'x'.repeat(20_000));
    await writer.whenSaved();
    const listed = async () =>
      versionListSchema.parse((await server.app.inject({ method: 'GET', url: '/api/documents/iap.barnsley/versions', headers: { cookie: member.cookie } })).json()).versions;
    await expect.poll(async () => (await listed()).length, { timeout: 5_000 }).toBe(1);
    writeParagraph(writer, 'a small edit');
    await writer.whenSaved();
    await expect.poll(async () => (await listed()).length, { timeout: 5_000 }).toBe(2);
    expect((await listed()).every((version) => version.kind === 'auto')).toBe(true);

    const rows = server.app.db.prepare('SELECT length(data) AS bytes FROM document_versions ORDER BY rowid').all() as { bytes: number }[];
    expect(rows[0]!.bytes).toBeGreaterThan(20_000);
    expect(rows[1]!.bytes).toBeLessThan(rows[0]!.bytes / 10);
  });
});

describe('plan states', () => {
  let server: RunningServer;
  let cast: Cast;
  const document = 'iap.jyvaskyla';
  beforeAll(async () => {
    server = await startServer();
    cast = await signInCast(server.app, 'jyvaskyla');
  });
  afterAll(() => server.close());

  const move = (person: SignedIn, to: PlanState, note?: string) =>
    server.app.inject({ method: 'POST', url: `/api/documents/${document}/state`, headers: { cookie: person.cookie }, payload: { to, ...(note ? { note } : {}) } });
  const stateFor = async (person: SignedIn) =>
    planStateInfoSchema.parse((await server.app.inject({ method: 'GET', url: `/api/documents/${document}/state`, headers: { cookie: person.cookie } })).json());

  it('follows the workflow, locks a final plan on open sockets and unlocks it when reopened', async ({ openRaw }) => {
    expect(await stateFor(cast.member!)).toMatchObject({ state: 'draft', history: [], allowedMoves: [] });
    expect((await stateFor(cast.coordinator!)).allowedMoves).toEqual(['in_review']);

    const skip = await move(cast.coordinator!, 'final');
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({ error: { code: 'invalid_transition', field: 'to' } });
    expect((await move(cast.lead_partner!, 'final')).statusCode).toBe(409);
    expect((await move(cast.member!, 'in_review')).statusCode).toBe(403);

    expect((await move(cast.coordinator!, 'in_review')).statusCode).toBe(200);
    expect((await move(cast.coordinator!, 'validated')).statusCode).toBe(200);
    expect((await move(cast.coordinator!, 'submitted', 'For the lead partner')).statusCode).toBe(200);
    expect((await move(cast.coordinator!, 'final')).statusCode).toBe(403);

    const writer = openRaw(server.wsUrl, document, { cookie: cast.member!.cookie });
    expect(await writer.outcome).toEqual({ granted: true });
    writer.write('before the lock');
    expect(await writer.writeAnswer()).toBe('saved');

    const finalized = await move(cast.lead_partner!, 'final');
    expect(finalized.statusCode).toBe(200);
    expect(planStateInfoSchema.parse(finalized.json())).toMatchObject({ state: 'final', changedBy: { id: cast.lead_partner!.id } });
    writer.write('after the lock');
    expect(await writer.writeAnswer()).toBe('refused');
    const admin = openRaw(server.wsUrl, document, { cookie: cast.admin!.cookie });
    await admin.outcome;
    admin.write('admin too');
    expect(await admin.writeAnswer()).toBe('refused');

    const versions = versionListSchema.parse(
      (await server.app.inject({ method: 'GET', url: `/api/documents/${document}/versions`, headers: { cookie: cast.member!.cookie } })).json(),
    ).versions;
    expect(versions.filter((version) => version.kind === 'state')).toHaveLength(4);
    const restore = await server.app.inject({
      method: 'POST',
      url: `/api/documents/${document}/versions/${versions.at(-1)!.id}/restore`,
      headers: { cookie: cast.admin!.cookie },
    });
    expect(restore.json()).toMatchObject({ error: { code: 'plan_final' } });
    expect(restore.statusCode).toBe(409);

    expect((await move(cast.lead_partner!, 'draft', 'Reopened for the budget')).statusCode).toBe(200);
    writer.write('after reopening');
    expect(await writer.writeAnswer()).toBe('saved');
    const live = await server.app.collab.registry.open(document);
    const text = live.doc.getXmlFragment(IAP_YDOC.text).toString();
    expect(text).toContain('before the lock');
    expect(text).not.toContain('after the lock');
    expect(text).not.toContain('admin too');
    expect(text).toContain('after reopening');

    const info = await stateFor(cast.observer!);
    expect(info.history.map((change) => change.to)).toEqual(['in_review', 'validated', 'submitted', 'final', 'draft']);
    expect(info.history.at(-1)).toMatchObject({ from: 'final', note: 'Reopened for the budget', by: { id: cast.lead_partner!.id } });
    const audit = await server.app.inject({ method: 'GET', url: '/api/cities/jyvaskyla/audit', headers: { cookie: cast.coordinator!.cookie } });
    const actions = (audit.json() as { entries: { action: string; details: { to?: string } }[] }).entries.filter((entry) => entry.action === 'plan.state_changed');
    expect(actions.map((entry) => entry.details.to)).toEqual(['draft', 'final', 'submitted', 'validated', 'in_review']);
  });
});
