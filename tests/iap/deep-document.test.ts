import * as Y from 'yjs';
import { describe, expect } from 'vitest';
import { buildIapTemplate } from '@iap/server/documents/iapTemplate';
import { textOf } from '@iap/server/iap/planText';
import { appTest as it } from '../support/fixtures.js';

/**
 * A plan stored before nesting was bounded may hold an element 5,000 deep: reading it must
 * not recurse without bound (issue 11). The read side walks it with explicit stacks.
 */
describe('a plan holding an element nested 5,000 deep', () => {
  it('still answers the logic check', async ({ server, signIn }) => {
    const member = await signIn({ name: 'Deep Reader', city: 'mizil' });
    // One template for both: the deep part must build on the very items that are stored.
    const template = buildIapTemplate();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, template);
    const before = Y.encodeStateVector(doc);
    let parent: Y.XmlElement = new Y.XmlElement('paragraph');
    doc.getXmlFragment('default').insert(1, [parent]);
    for (let level = 0; level < 5_000; level++) {
      const child: Y.XmlElement = new Y.XmlElement('paragraph');
      parent.insert(0, [child]);
      parent = child;
    }
    parent.insert(0, [new Y.XmlText('deep words')]);
    await server.app.documentStore.appendUpdates('iap.mizil', [template, Y.encodeStateAsUpdate(doc, before)]);

    const response = await server.app.inject({ method: 'GET', url: '/api/documents/iap.mizil/logic-check', headers: { cookie: member.cookie } });
    expect(response.statusCode).toBe(200);
    // The deep content really is in the plan the check read (not left pending for a missing item).
    const live = await server.app.collab.registry.open('iap.mizil');
    const blocks = live.doc.getXmlFragment('default').toArray();
    expect(blocks.map((block) => textOf(block)).join('')).toContain('deep words');
  });
});
