import { describe, expect } from 'vitest';
import type { CollabAccess } from '@iap/server/collab/access';
import { waitForDoc } from '../support/yclient.js';
import { appTest as it } from '../support/fixtures.js';

/** Grants write access only to sockets that say `?role=writer` (a stand-in for the accounts module). */
const writerOnly: CollabAccess = {
  authorize: (request) => {
    const role = (request.query as Record<string, string | undefined>).role;
    return Promise.resolve({ userId: role ?? null, canWrite: role === 'writer' });
  },
};

describe('read-only connections', () => {
  it.override('appOptions', { collabAccess: writerOnly });

  it('receive the document and presence, but their updates never reach the server document', async ({ server, connect }) => {
    const writer = connect(server.wsUrl, 'ro', { params: { role: 'writer' } });
    const reader = connect(server.wsUrl, 'ro', { params: { role: 'reader' } });
    await Promise.all([writer.synced, reader.synced]);

    writer.provider.awareness.setLocalStateField('user', { name: 'Writer' });
    writer.doc.getText('t').insert(0, 'from the writer');
    await writer.whenSaved();
    await waitForDoc(reader.doc, () => reader.doc.getText('t').toString() === 'from the writer');
    await expect
      .poll(() => [...reader.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Writer'))
      .toBe(true);

    reader.doc.getText('t').insert(0, 'SNEAKY ');
    writer.doc.getText('t').insert(writer.doc.getText('t').length, '!');
    await writer.whenSaved();
    const check = connect(server.wsUrl, 'ro');
    await check.synced;
    expect(check.doc.getText('t').toString()).toBe('from the writer!');
    expect(writer.doc.getText('t').toString()).toBe('from the writer!');
  });
});
