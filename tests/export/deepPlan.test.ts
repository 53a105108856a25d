import * as Y from 'yjs';
import { describe, expect } from 'vitest';
import { buildIapTemplate } from '@iap/server/documents/iapTemplate';
import { appTest as it } from '../support/fixtures.js';
import { addSignedIn } from '../access/people.js';
import { pdfText, unzipEntry } from './exportFiles.js';

/**
 * A plan stored before nesting was bounded may hold quotes and lists thousands deep: the
 * export reads at most the model's depth as structure and the rest as text, so it neither
 * overflows the stack nor loses the words.
 */
describe('exporting a plan nested 3,000 deep', () => {
  it('answers every format with the deepest text in it', async ({ server }) => {
    const reader = await addSignedIn(server.app, { name: 'Deep Reader', city: 'mizil', role: 'observer' });
    // One template for both: the stored plan must hold the items the nested content hangs on.
    const template = buildIapTemplate();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, template);
    const before = Y.encodeStateVector(doc);
    let parent: Y.XmlElement = new Y.XmlElement('blockquote');
    doc.getXmlFragment('default').insert(1, [parent]);
    for (let level = 0; level < 3_000; level++) {
      const list = new Y.XmlElement(level % 2 === 0 ? 'bulletList' : 'blockquote');
      parent.insert(0, [list]);
      const item = new Y.XmlElement('listItem');
      if (level % 2 === 0) {
        list.insert(0, [item]);
        parent = item;
      } else {
        parent = list;
      }
    }
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('deep words of Mizil: ș ț')]);
    parent.insert(0, [paragraph]);
    await server.app.documentStore.appendUpdates('iap.mizil', [template, Y.encodeStateAsUpdate(doc, before)]);

    const exportAs = (format: string) =>
      server.app.inject({ method: 'GET', url: `/api/documents/iap.mizil/export?format=${format}`, headers: { cookie: reader.cookie } });
    const html = await exportAs('html');
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('deep words of Mizil: ș ț');
    const docx = await exportAs('docx');
    expect(docx.statusCode).toBe(200);
    expect(unzipEntry(docx.rawPayload, 'word/document.xml')).toContain('deep words of Mizil: ș ț');
    const pdf = await exportAs('pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain('deep words of Mizil: ș ț');
  });
});
