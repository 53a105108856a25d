import { describe, expect } from 'vitest';
import * as Y from 'yjs';
import { openAccess } from '@iap/server/collab/access';
import { IAP_NODE, IAP_SECTION_IDS, IAP_YDOC, iapDocumentName, newAction, readStoredAction } from '@iap/shared';
import { waitForDoc } from '../support/yclient.js';
import { appTest as it } from '../support/fixtures.js';

const DOCUMENT = iapDocumentName('obidos');

function headingsOf(doc: Y.Doc): { sectionId: unknown; level: unknown }[] {
  return doc
    .getXmlFragment(IAP_YDOC.text)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === IAP_NODE.sectionHeading)
    .map((heading) => ({ sectionId: heading.getAttribute('sectionId'), level: heading.getAttribute('level') }));
}

function actionsOf(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions);
}

/** Adds an action the way the action card does: one Y.Map, one key per field. */
function addAction(doc: Y.Doc, id: string, title: string): void {
  const map = new Y.Map<unknown>(Object.entries(newAction(id, title)));
  actionsOf(doc).push([map]);
}

function findAction(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return actionsOf(doc)
    .toArray()
    .find((map) => map.get('id') === id);
}

describe('the IAP template', () => {
  it.override('appOptions', { collabAccess: openAccess });

  it('a new city IAP opens with the nine section headings in order and no actions', async ({ server, connect }) => {
    const client = connect(server.wsUrl, DOCUMENT);
    await client.synced;

    expect(headingsOf(client.doc)).toEqual(IAP_SECTION_IDS.map((sectionId) => ({ sectionId, level: 2 })));
    expect(actionsOf(client.doc).length).toBe(0);
    expect(client.doc.getArray(IAP_YDOC.objectives).length).toBe(0);
  });

  it('refuses an update that would add an element the editor schema cannot hold, keeping the document', async ({ server, connect }) => {
    const writer = connect(server.wsUrl, DOCUMENT);
    await writer.synced;
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      writer.provider.on('connection-close', (event) => {
        if (event) resolve({ code: event.code, reason: event.reason });
      });
    });
    writer.doc.getXmlFragment(IAP_YDOC.text).insert(0, [new Y.XmlElement('marquee')]);
    const { code, reason } = await closed;
    expect(code).toBe(4400);
    expect(reason).toBe('element "marquee" is not in the document schema');

    const reader = connect(server.wsUrl, DOCUMENT);
    await reader.synced;
    const names = reader.doc.getXmlFragment(IAP_YDOC.text).toArray().map((node) => (node as Y.XmlElement).nodeName);
    expect(names).not.toContain('marquee');
    expect(headingsOf(reader.doc)).toHaveLength(IAP_SECTION_IDS.length);
  });

  it('places the action table in the actions section, after an empty paragraph', async ({ server, connect }) => {
    const client = connect(server.wsUrl, DOCUMENT);
    await client.synced;

    const blocks = client.doc.getXmlFragment(IAP_YDOC.text).toArray() as Y.XmlElement[];
    const heading = blocks.findIndex((block) => block.getAttribute('sectionId') === 'actions');
    expect(blocks.slice(heading + 1, heading + 3).map((block) => block.nodeName)).toEqual([
      IAP_NODE.paragraph,
      IAP_NODE.actionTable,
    ]);
    expect(blocks.filter((block) => block.nodeName === IAP_NODE.actionTable)).toHaveLength(1);
  });

  it('seeds once: two clients at once and a restart still give nine headings', async ({ server, startApp, connect }) => {
    const dataDir = server.dataDir;
    const first = connect(server.wsUrl, DOCUMENT);
    const second = connect(server.wsUrl, DOCUMENT);
    await Promise.all([first.synced, second.synced]);
    first.doc.getXmlFragment(IAP_YDOC.text).push([new Y.XmlElement(IAP_NODE.paragraph)]);
    await first.whenSaved();
    first.destroy();
    second.destroy();
    await server.close();

    const restarted = await startApp({ dataDir, collabAccess: openAccess });
    const reader = connect(restarted.wsUrl, DOCUMENT);
    await reader.synced;
    expect(headingsOf(reader.doc)).toHaveLength(IAP_SECTION_IDS.length);
  });

  it('documents that are not an IAP start empty', async ({ server, connect }) => {
    const client = connect(server.wsUrl, 'notes.obidos');
    await client.synced;
    expect(client.doc.getXmlFragment(IAP_YDOC.text).length).toBe(0);
  });
});

describe('the action table, co-edited', () => {
  it.override('appOptions', { collabAccess: openAccess });

  it('two clients adding and editing actions at the same time converge', async ({ server, connect }) => {
    const alice = connect(server.wsUrl, DOCUMENT);
    const bob = connect(server.wsUrl, DOCUMENT);
    await Promise.all([alice.synced, bob.synced]);

    addAction(alice.doc, 'a-festival', 'Creative festival');
    addAction(bob.doc, 'b-residency', 'Artist residencies');
    await Promise.all([
      waitForDoc(alice.doc, () => actionsOf(alice.doc).length === 2),
      waitForDoc(bob.doc, () => actionsOf(bob.doc).length === 2),
    ]);

    // Both edit the same action, different fields, before seeing each other's change.
    findAction(alice.doc, 'b-residency')!.set('title', 'Artist residencies in empty shops');
    findAction(bob.doc, 'b-residency')!.set('estimatedCost', 45_000);
    findAction(bob.doc, 'a-festival')!.set('leadOrganisation', 'Óbidos Criativa');
    const bothEdits = (doc: Y.Doc): boolean =>
      findAction(doc, 'b-residency')?.get('title') === 'Artist residencies in empty shops' &&
      findAction(doc, 'b-residency')?.get('estimatedCost') === 45_000 &&
      findAction(doc, 'a-festival')?.get('leadOrganisation') === 'Óbidos Criativa';
    await Promise.all([waitForDoc(alice.doc, () => bothEdits(alice.doc)), waitForDoc(bob.doc, () => bothEdits(bob.doc))]);

    expect(actionsOf(alice.doc).toJSON()).toEqual(actionsOf(bob.doc).toJSON());
    expect(readStoredAction(findAction(alice.doc, 'b-residency')!.toJSON())).toMatchObject({
      title: 'Artist residencies in empty shops',
      estimatedCost: 45_000,
    });
  });

  it('the same field edited by both ends with one value everywhere', async ({ server, connect }) => {
    const alice = connect(server.wsUrl, DOCUMENT);
    const bob = connect(server.wsUrl, DOCUMENT);
    await Promise.all([alice.synced, bob.synced]);
    addAction(alice.doc, 'a1', 'Festival');
    await waitForDoc(bob.doc, () => findAction(bob.doc, 'a1') !== undefined);

    findAction(alice.doc, 'a1')!.set('status', 'agreed');
    findAction(bob.doc, 'a1')!.set('status', 'in_progress');
    // Each side has everything the other wrote: then both hold the same, single value.
    const hasSeen = (doc: Y.Doc, other: Y.Doc): boolean => Y.getState(doc.store, other.clientID) === Y.getState(other.store, other.clientID);
    await Promise.all([
      waitForDoc(alice.doc, () => hasSeen(alice.doc, bob.doc)),
      waitForDoc(bob.doc, () => hasSeen(bob.doc, alice.doc)),
    ]);
    expect(findAction(alice.doc, 'a1')?.get('status')).toBe(findAction(bob.doc, 'a1')?.get('status'));
    expect(['agreed', 'in_progress']).toContain(findAction(alice.doc, 'a1')?.get('status'));
  });
});
