import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accountColor, CloseCode } from '@iap/shared';
import { startServer, type RunningServer } from '../support/server.js';
import { connectClient, type TestClient } from '../support/yclient.js';
import { awarenessFrame, syncUpdateFrame } from '../support/frames.js';
import { signInCast, type Cast } from './people.js';
import { openRawSocket, type RawCollabSocket } from './rawSocket.js';

/** Presence shows the signed-in account, and an IAP accepts only the roots of its model (issue 11). */
describe('presence identity and the IAP document model', () => {
  let server: RunningServer;
  let cast: Cast;
  const sockets: RawCollabSocket[] = [];
  const clients: TestClient[] = [];
  const raw = (cookie: string): RawCollabSocket => {
    const socket = openRawSocket(server.wsUrl, 'iap.mizil', { cookie });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    server = await startServer();
    cast = await signInCast(server.app, 'mizil');
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(() => server.close());

  it("presence carries the account's name and colour, whatever the client claims", async () => {
    const coordinator = connectClient(server.wsUrl, 'iap.mizil', { headers: { cookie: cast.coordinator!.cookie } });
    clients.push(coordinator);
    await coordinator.synced;

    const observer = raw(cast.observer!.cookie);
    await observer.outcome;
    observer.send(awarenessFrame([{ clientId: 4242, clock: 1, state: { user: { name: cast.coordinator!.name, color: '#000000', id: cast.coordinator!.id } } }]));

    await expect.poll(() => coordinator.provider.awareness.getStates().get(4242)?.user).toEqual({
      id: cast.observer!.id,
      name: cast.observer!.name,
      color: accountColor(cast.observer!.id),
      viewing: true,
    });
  });

  it('an update to a root type the plan does not use is refused and nothing is stored', async () => {
    const member = raw(cast.member!.cookie);
    await member.outcome;
    const stray = new Y.Doc();
    stray.getText('probe').insert(0, 'bloat');
    member.send(syncUpdateFrame(Y.encodeStateAsUpdate(stray)));
    expect(await member.closed).toEqual({ code: CloseCode.badMessage, reason: 'root "probe" is not part of this document' });
    const stored = await server.app.documentStore.load('iap.mizil');
    expect(Buffer.concat(stored!.updates.map((update) => Buffer.from(update))).includes('bloat')).toBe(false);
  });

  it('writes to the roots of the model are accepted', async () => {
    const member = raw(cast.member!.cookie);
    await member.outcome;
    member.write('a paragraph of the plan');
    expect(await member.writeAnswer()).toBe('saved');
  });
});
