import { afterEach, describe, expect, it } from 'vitest';
import { openAccess } from '@iap/server/collab/access';
import { connectClient, waitForDoc, type TestClient } from '../support/yclient.js';
import { makeDataDir, startServer, type RunningServer } from '../support/server.js';
import { InProcessFanoutBus } from '../support/inProcessFanout.js';
import { addSignedIn } from '../access/people.js';
import { openRawSocket } from '../access/rawSocket.js';

describe('several server instances over one store and a fan-out bus', () => {
  const servers: RunningServer[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
  });

  let bus: InProcessFanoutBus;
  async function twoInstances(): Promise<[RunningServer, RunningServer]> {
    bus = new InProcessFanoutBus();
    const dataDir = makeDataDir();
    const first = await startServer({ dataDir, collabAccess: openAccess, fanout: bus.endpoint() });
    const second = await startServer({ dataDir, collabAccess: openAccess, fanout: bus.endpoint() });
    servers.push(first, second);
    return [first, second];
  }

  it('clients on different instances see each other’s edits and presence', async () => {
    const [first, second] = await twoInstances();
    const alice = connectClient(first.wsUrl, 'shared');
    const bob = connectClient(second.wsUrl, 'shared');
    clients.push(alice, bob);
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

  it('an instance that loads the document after another changed it starts from the shared store', async () => {
    const [first, second] = await twoInstances();
    const writer = connectClient(first.wsUrl, 'late-load');
    clients.push(writer);
    await writer.synced;
    writer.doc.getArray<number>('n').push([1, 2, 3]);
    await writer.whenSaved();

    const reader = connectClient(second.wsUrl, 'late-load');
    clients.push(reader);
    await reader.synced;
    expect(reader.doc.getArray<number>('n').toArray()).toEqual([1, 2, 3]);
    writer.doc.getArray<number>('n').push([4]);
    await waitForDoc(reader.doc, () => reader.doc.getArray('n').length === 4);
  });

  it('an update whose publish was lost reaches the other instance with the next message', async () => {
    const [first, second] = await twoInstances();
    const alice = connectClient(first.wsUrl, 'lossy');
    const bob = connectClient(second.wsUrl, 'lossy');
    clients.push(alice, bob);
    await Promise.all([alice.synced, bob.synced]);

    bus.dropNext(1);
    alice.doc.getText('t').insert(0, 'lost on the bus; ');
    await alice.whenSaved();
    alice.doc.getText('t').insert(alice.doc.getText('t').length, 'delivered');
    await alice.whenSaved();
    await waitForDoc(bob.doc, () => bob.doc.getText('t').toString() === 'lost on the bus; delivered');
  });

  it('an instance that commits after missing a publish catches up from the store', async () => {
    const [first, second] = await twoInstances();
    const alice = connectClient(first.wsUrl, 'lossy-writer');
    const bob = connectClient(second.wsUrl, 'lossy-writer');
    clients.push(alice, bob);
    await Promise.all([alice.synced, bob.synced]);

    bus.dropNext(1);
    alice.doc.getArray<string>('a').push(['lost']);
    await alice.whenSaved();
    bob.doc.getArray<string>('b').push(['mine']);
    await bob.whenSaved();
    await waitForDoc(bob.doc, () => bob.doc.getArray('a').length === 1);
    await waitForDoc(alice.doc, () => alice.doc.getArray('b').length === 1);
  });

  it('signing out on one instance closes that session’s sockets on the other (a control message)', async () => {
    bus = new InProcessFanoutBus();
    const dataDir = makeDataDir();
    const first = await startServer({ dataDir, fanout: bus.endpoint() });
    const second = await startServer({ dataDir, fanout: bus.endpoint() });
    servers.push(first, second);
    const member = await addSignedIn(first.app, { name: 'Two Tabs', city: 'mizil' });
    const socket = openRawSocket(second.wsUrl, 'iap.mizil', { cookie: member.cookie });
    expect(await socket.outcome).toEqual({ granted: true });

    const response = await first.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: member.cookie } });
    expect(response.statusCode).toBeLessThan(300);
    expect((await socket.closed).code).toBe(4401);
  });
});
