import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { accountColor, CloseCode } from '@iap/shared';
import { startServer, type RunningServer } from '../support/server.js';
import { appTest } from '../support/fixtures.js';
import { awarenessFrame, syncUpdateFrame } from '../support/frames.js';
import { signInCast, type Cast } from './people.js';
import type { RawCollabSocket } from './rawSocket.js';

/** Presence shows the signed-in account, and an IAP accepts only the roots of its model (issue 11). */
describe('presence identity and the IAP document model', () => {
  // One server and one cast for the whole file: signing in every role is the slow part.
  let server: RunningServer;
  let cast: Cast;
  /** A raw socket on Mizil's IAP with `cookie`; closed after the test. */
  const it = appTest.extend<{ raw: (cookie: string) => RawCollabSocket }>({
    raw: async ({ openRaw }, use) => {
      await use((cookie) => openRaw(server.wsUrl, 'iap.mizil', { cookie }));
    },
  });

  beforeAll(async () => {
    server = await startServer();
    cast = await signInCast(server.app, 'mizil');
  });
  afterAll(() => server.close());

  it("presence carries the account's name and colour, whatever the client claims", async ({ connect, raw }) => {
    const coordinator = connect(server.wsUrl, 'iap.mizil', { headers: { cookie: cast.coordinator!.cookie } });
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

  it('an update to a root type the plan does not use is refused and nothing is stored', async ({ raw }) => {
    const member = raw(cast.member!.cookie);
    await member.outcome;
    const stray = new Y.Doc();
    stray.getText('probe').insert(0, 'bloat');
    member.send(syncUpdateFrame(Y.encodeStateAsUpdate(stray)));
    expect(await member.closed).toEqual({ code: CloseCode.badMessage, reason: 'root "probe" is not part of this document' });
    const stored = await server.app.documentStore.load('iap.mizil');
    expect(Buffer.concat(stored!.updates.map((update) => Buffer.from(update))).includes('bloat')).toBe(false);
  });

  it('writes to the roots of the model are accepted', async ({ raw }) => {
    const member = raw(cast.member!.cookie);
    await member.outcome;
    member.write('a paragraph of the plan');
    expect(await member.writeAnswer()).toBe('saved');
  });
});
