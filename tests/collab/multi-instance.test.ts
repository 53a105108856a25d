import { describe, expect } from 'vitest';
import { openAccess } from '@iap/server/collab/access';
import { waitForDoc, type TestClient } from '../support/yclient.js';
import { makeDataDir, type RunningServer } from '../support/server.js';
import { InProcessFanoutBus } from '../support/inProcessFanout.js';
import { addSignedIn } from '../access/people.js';
import { appTest as it, type AppFixtures } from '../support/fixtures.js';

describe('several server instances over one store and a fan-out bus', () => {
  let bus: InProcessFanoutBus;
  async function twoInstances(startApp: AppFixtures['startApp']): Promise<[RunningServer, RunningServer]> {
    bus = new InProcessFanoutBus();
    const dataDir = makeDataDir();
    const first = await startApp({ dataDir, collabAccess: openAccess, fanout: bus.endpoint() });
    const second = await startApp({ dataDir, collabAccess: openAccess, fanout: bus.endpoint() });
    return [first, second];
  }

  it('clients on different instances see each other’s edits and presence', async ({ startApp, connect }) => {
    const [first, second] = await twoInstances(startApp);
    const alice = connect(first.wsUrl, 'shared');
    const bob = connect(second.wsUrl, 'shared');
    await Promise.all([alice.synced, bob.synced]);

    alice.doc.getText('t').insert(0, 'from the first instance. ');
    bob.doc.getText('t').insert(0, 'from the second instance. ');
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    await Promise.all([alice.whenSaved(), bob.whenSaved()]);
    const bothTexts = (client: TestClient) => () =>
      client.doc.getText('t').toString().includes('first') && client.doc.getText('t').toString().includes('second');
    await waitForDoc(alice.doc, bothTexts(alice));
    await waitForDoc(bob.doc, bothTexts(bob));
    expect(alice.doc.getText('t').toString()).toBe(bob.doc.getText('t').toString());
    await expect
      .poll(() => [...bob.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Alice'))
      .toBe(true);
  });

  it('an instance that loads the document after another changed it starts from the shared store', async ({ startApp, connect }) => {
    const [first, second] = await twoInstances(startApp);
    const writer = connect(first.wsUrl, 'late-load');
    await writer.synced;
    writer.doc.getArray<number>('n').push([1, 2, 3]);
    await writer.whenSaved();

    const reader = connect(second.wsUrl, 'late-load');
    await reader.synced;
    expect(reader.doc.getArray<number>('n').toArray()).toEqual([1, 2, 3]);
    writer.doc.getArray<number>('n').push([4]);
    await waitForDoc(reader.doc, () => reader.doc.getArray('n').length === 4);
  });

  it('an update whose publish was lost reaches the other instance with the next message', async ({ startApp, connect }) => {
    const [first, second] = await twoInstances(startApp);
    const alice = connect(first.wsUrl, 'lossy');
    const bob = connect(second.wsUrl, 'lossy');
    await Promise.all([alice.synced, bob.synced]);

    bus.dropNext(1);
    alice.doc.getText('t').insert(0, 'lost on the bus; ');
    await alice.whenSaved();
    alice.doc.getText('t').insert(alice.doc.getText('t').length, 'delivered');
    await alice.whenSaved();
    await waitForDoc(bob.doc, () => bob.doc.getText('t').toString() === 'lost on the bus; delivered');
  });

  it('an instance that commits after missing a publish catches up from the store', async ({ startApp, connect }) => {
    const [first, second] = await twoInstances(startApp);
    const alice = connect(first.wsUrl, 'lossy-writer');
    const bob = connect(second.wsUrl, 'lossy-writer');
    await Promise.all([alice.synced, bob.synced]);

    bus.dropNext(1);
    alice.doc.getArray<string>('a').push(['lost']);
    await alice.whenSaved();
    bob.doc.getArray<string>('b').push(['mine']);
    await bob.whenSaved();
    await waitForDoc(bob.doc, () => bob.doc.getArray('a').length === 1);
    await waitForDoc(alice.doc, () => alice.doc.getArray('b').length === 1);
  });

  it('signing out on one instance closes that session’s sockets on the other (a control message)', async ({ startApp, openRaw }) => {
    bus = new InProcessFanoutBus();
    const dataDir = makeDataDir();
    const first = await startApp({ dataDir, fanout: bus.endpoint() });
    const second = await startApp({ dataDir, fanout: bus.endpoint() });
    const member = await addSignedIn(first.app, { name: 'Two Tabs', city: 'mizil' });
    const socket = openRaw(second.wsUrl, 'iap.mizil', { cookie: member.cookie });
    expect(await socket.outcome).toEqual({ granted: true });

    const response = await first.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: member.cookie } });
    expect(response.statusCode).toBeLessThan(300);
    expect((await socket.closed).code).toBe(4401);
  });
});
