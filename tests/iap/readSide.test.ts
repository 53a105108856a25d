import { describe, expect } from 'vitest';
import * as Y from 'yjs';
import { IAP_YDOC, logicCheckResultSchema, newAction, SECTION_TEXT_TARGET, type LogicCheckResult } from '@iap/shared';
import { appTest as it } from '../support/fixtures.js';
import type { RunningServer } from '../support/server.js';
import type { SignedIn } from '../access/people.js';

describe('the logic check on the server read side', () => {
  async function check(server: RunningServer, person: SignedIn, name = 'iap.obidos'): Promise<{ status: number; result: LogicCheckResult | null }> {
    const response = await server.app.inject({ method: 'GET', url: `/api/documents/${name}/logic-check`, headers: { cookie: person.cookie } });
    return { status: response.statusCode, result: response.statusCode === 200 ? logicCheckResultSchema.parse(response.json()) : null };
  }

  it('flags values written around the action card, and clears them once fixed', async ({ server, connect, signIn }) => {
    const member = await signIn({ name: 'Bruno Member', city: 'obidos' });
    const client = connect(server.wsUrl, 'iap.obidos', { headers: { cookie: member.cookie } });
    await client.synced;

    // A script bypassing the card's schema: the server stores the update as it is.
    const action = new Y.Map<unknown>(
      Object.entries({ ...newAction('a1', 'Festival'), start: '2025-06-01', end: '2025-05-01', estimatedCost: -10 }),
    );
    client.doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push([action]);
    await client.whenSaved();
    const flagged = (await check(server, member)).result!.flags.map((flag) => flag.code);
    expect(flagged).toEqual(expect.arrayContaining(['end_before_start', 'negative_cost', 'action_without_objective']));

    client.doc.transact(() => {
      action.set('end', '2025-07-01');
      action.set('estimatedCost', 10_000);
    });
    await client.whenSaved();
    const after = (await check(server, member)).result!;
    expect(after.flags.map((flag) => flag.code)).not.toContain('end_before_start');
    expect(after.flags.map((flag) => flag.code)).not.toContain('negative_cost');
  });

  it('counts the text of each section', async ({ server, connect, signIn }) => {
    const member = await signIn({ name: 'Bruno Member', city: 'obidos' });
    const client = connect(server.wsUrl, 'iap.obidos', { headers: { cookie: member.cookie } });
    await client.synced;
    const blocks = client.doc.getXmlFragment(IAP_YDOC.text).toArray() as Y.XmlElement[];
    const paragraph = blocks[blocks.findIndex((block) => block.getAttribute('sectionId') === 'vision') + 1]!;
    const vision = 'A creative town, open all year round.';
    paragraph.insert(0, [new Y.XmlText(`  ${vision}  `)]);
    await client.whenSaved();

    const { result } = await check(server, member);
    expect(result!.flags.filter((flag) => flag.code === 'empty_section').map((flag) => flag.sectionId)).not.toContain('vision');
    // Trimmed text against the section's target length.
    const expected = Math.round((vision.length / SECTION_TEXT_TARGET.vision) * 100);
    expect(result!.sections.find((section) => section.sectionId === 'vision')?.completeness).toBe(expected);
  });

  it('answers only those who may read the plan', async ({ server, signIn }) => {
    const outsider = await signIn({ name: 'Enzo', city: 'enguera' });
    expect((await check(server, outsider)).status).toBe(404);
    expect((await check(server, outsider, 'notes.enguera')).status).toBe(404);
    expect((await server.app.inject({ method: 'GET', url: '/api/documents/iap.obidos/logic-check' })).statusCode).toBe(401);
  });
});
