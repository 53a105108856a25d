import * as Y from 'yjs';
import { describe, expect } from 'vitest';
import { accountColor, CloseCode } from '@iap/shared';
import { appTest } from '../support/fixtures.js';
import { awarenessFrame, syncUpdateFrame } from '../support/frames.js';
import { signInCast, type Cast } from './people.js';
import type { RawCollabSocket } from './rawSocket.js';

/** Presence shows the signed-in account, and an IAP accepts only the roots of its model (issue 11). */
/** One server and one cast for the whole file: signing in every role is the slow part. */
const it = appTest
  .extend('cast', { scope: 'file' }, ({ fileServer }): Promise<Cast> => signInCast(fileServer.app, 'mizil'))
  /** A raw socket on Mizil's IAP with `cookie`; closed after the test. */
  .extend('raw', ({ fileServer, openRaw }) => (cookie: string): RawCollabSocket => openRaw(fileServer.wsUrl, 'iap.mizil', { cookie }));

describe('presence identity and the IAP document model', () => {
  it("presence carries the account's name and colour, whatever the client claims", async ({ connect, raw, fileServer: server, cast }) => {
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

  it('an update to a root type the plan does not use is refused and nothing is stored', async ({ raw, fileServer: server, cast }) => {
    const member = raw(cast.member!.cookie);
    await member.outcome;
    const stray = new Y.Doc();
    stray.getText('probe').insert(0, 'bloat');
    member.send(syncUpdateFrame(Y.encodeStateAsUpdate(stray)));
    expect(await member.closed).toEqual({ code: CloseCode.badMessage, reason: 'root "probe" is not part of this document' });
    const stored = await server.app.documentStore.load('iap.mizil');
    expect(Buffer.concat(stored!.updates.map((update) => Buffer.from(update))).includes('bloat')).toBe(false);
  });

  it('writes to the roots of the model are accepted', async ({ raw, cast }) => {
    const member = raw(cast.member!.cookie);
    await member.outcome;
    member.write('a paragraph of the plan');
    expect(await member.writeAnswer()).toBe('saved');
  });
});
