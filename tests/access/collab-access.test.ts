import { describe, expect } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MESSAGE_AUTH, MESSAGE_HEARTBEAT } from '@iap/shared';
import { waitForDoc } from '../support/yclient.js';
import { appTest } from '../support/fixtures.js';
import { ACTORS, addSignedIn, signInCast, type Actor, type Cast } from './people.js';
import type { RawCollabSocket } from './rawSocket.js';

/**
 * Who may open which IAP over the WebSocket, and what happens to their writes. The writes
 * are real Yjs update frames sent on a raw socket, so a refused write is refused by the
 * server, not by a well-behaved client.
 */
type Expected = 'read-write' | 'read-only' | { refused: number };
const RW = 'read-write' as const;
const RO = 'read-only' as const;

//                 coordinator facilitator member observer lead_partner admin anonymous
const IN_OWN_CITY: Expected[] = [RW, RW, RW, RO, RO, RW, { refused: CloseCode.unauthenticated }];
const IN_OTHER_CITY: Expected[] = [
  { refused: CloseCode.forbidden },
  { refused: CloseCode.forbidden },
  { refused: CloseCode.forbidden },
  { refused: CloseCode.forbidden },
  RO,
  RW,
  { refused: CloseCode.unauthenticated },
];

/** One server and one cast for the whole file: signing in every role is the slow part. */
const it = appTest
  .extend('cast', { scope: 'file' }, ({ fileServer }): Promise<Cast> => signInCast(fileServer.app, 'mizil'))
  /** The text of `document` as the file's server holds it. */
  .extend('serverText', { scope: 'file' }, ({ fileServer }) => async (document: string): Promise<string> =>
    (await fileServer.app.collab.registry.open(document)).doc.getXmlFragment('default').toString(),
  )
  /** A raw socket on this file's server, with `cookie` when given; closed after the test. */
  .extend('raw', ({ fileServer, openRaw }) => (document: string, cookie?: string): RawCollabSocket =>
    openRaw(fileServer.wsUrl, document, cookie ? { cookie } : {}),
  );

describe('collaboration access by role', () => {
  const cases = (['mizil', 'barnsley'] as const).flatMap((city) =>
    ACTORS.map((actor: Actor, index) => ({ actor, city, expected: (city === 'mizil' ? IN_OWN_CITY : IN_OTHER_CITY)[index]! })),
  );

  it.for(cases)('$actor of mizil opening iap.$city: $expected', async ({ actor, city, expected }, { raw, cast, serverText }) => {
    const document = `iap.${city}`;
    const socket = raw(document, cast[actor]?.cookie);
    const outcome = await socket.outcome;
    if (typeof expected === 'object') {
      expect(outcome).toMatchObject({ granted: false, code: expected.refused });
      return;
    }
    expect(outcome).toEqual({ granted: true });
    const marker = `[${actor}]`;
    socket.write(marker);
    expect(await socket.writeAnswer()).toBe(expected === RW ? 'saved' : 'refused');
    expect((await serverText(document)).includes(marker)).toBe(expected === RW);
  });

  it("a user of Mizil opening Barnsley's IAP is refused with 4403 and a reason", async ({ raw, cast }) => {
    const closed = await raw('iap.barnsley', cast.member!.cookie).closed;
    expect(closed.code).toBe(CloseCode.forbidden);
    expect(closed.reason).toMatch(/may not read iap\.barnsley/);
  });

  it('an observer receives the document and presence, but its raw-socket write does not change the server document', async ({ connect, raw, fileServer: server, cast, serverText }) => {
    const member = connect(server.wsUrl, 'iap.mizil', { headers: { cookie: cast.member!.cookie } });
    const observer = connect(server.wsUrl, 'iap.mizil', { headers: { cookie: cast.observer!.cookie } });
    await Promise.all([member.synced, observer.synced]);

    member.provider.awareness.setLocalStateField('user', { name: 'Mizil member' });
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('written by the member;')]);
    member.doc.getXmlFragment('default').insert(0, [paragraph]);
    await member.whenSaved();
    await waitForDoc(observer.doc, () => observer.doc.getXmlFragment('default').toString().includes('written by the member;'));
    await expect
      .poll(() => [...observer.provider.awareness.getStates().values()].some((state) => state.user?.name === cast.member!.name))
      .toBe(true);

    const before = await serverText('iap.mizil');
    const attacker = raw('iap.mizil', cast.observer!.cookie);
    await attacker.outcome;
    attacker.write('OBSERVER WAS HERE');
    expect(await attacker.writeAnswer()).toBe('refused');
    expect(await serverText('iap.mizil')).toBe(before);
    const stored = await server.app.documentStore.load('iap.mizil');
    expect(Buffer.concat(stored!.updates.map((update) => Buffer.from(update))).includes('OBSERVER WAS HERE')).toBe(false);
  });

  it('removing a member closes their open socket', async ({ raw, fileServer: server, cast }) => {
    const leaving = await addSignedIn(server.app, { name: 'Leaving member', city: 'mizil', role: 'member' });
    const socket = raw('iap.mizil', leaving.cookie);
    expect(await socket.outcome).toEqual({ granted: true });

    const response = await server.app.inject({
      method: 'DELETE',
      url: `/api/cities/mizil/members/${leaving.id}`,
      headers: { cookie: cast.coordinator!.cookie },
    });
    expect(response.statusCode).toBe(204);
    expect(await socket.closed).toMatchObject({ code: CloseCode.forbidden });
  });

  it('signing out closes the sockets that session opened, and only those', async ({ raw, fileServer: server, cast }) => {
    const person = await addSignedIn(server.app, { name: 'Leaving for the day', city: 'mizil', role: 'member' });
    const signedOut = raw('iap.mizil', person.cookie);
    const colleague = raw('iap.mizil', cast.member!.cookie);
    expect(await signedOut.outcome).toEqual({ granted: true });
    expect(await colleague.outcome).toEqual({ granted: true });

    const response = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: person.cookie } });
    expect(response.statusCode).toBe(204);
    expect(await signedOut.closed).toMatchObject({ code: CloseCode.unauthenticated, reason: 'signed out' });
    colleague.write('<still here>');
    expect(await colleague.writeAnswer()).toBe('saved');
  });

  it('downgrading a member to observer makes their further writes rejected, and upgrading restores them', async ({ raw, fileServer: server, cast, serverText }) => {
    const person = await addSignedIn(server.app, { name: 'Changing member', city: 'mizil', role: 'member' });
    const socket = raw('iap.mizil', person.cookie);
    await socket.outcome;
    socket.write('<before>');
    expect(await socket.writeAnswer()).toBe('saved');

    const setRole = (role: string) =>
      server.app.inject({
        method: 'PATCH',
        url: `/api/cities/mizil/members/${person.id}`,
        headers: { cookie: cast.coordinator!.cookie },
        payload: { role },
      });
    expect((await setRole('observer')).statusCode).toBe(200);
    socket.write('<while observer>');
    expect(await socket.writeAnswer()).toBe('refused');
    expect(await serverText('iap.mizil')).not.toContain('<while observer>');

    expect((await setRole('member')).statusCode).toBe(200);
    socket.write('<member again>');
    expect(await socket.writeAnswer()).toBe('saved');
    expect(await serverText('iap.mizil')).toContain('<member again>');
  });

  it.for<[string, string, number]>([
    ['a document that is not a city IAP', 'notes.anything', CloseCode.notFound],
    ['the IAP of a city that does not exist', 'iap.atlantis', CloseCode.notFound],
  ])('refuses %s with 4404', async ([, document, code], { raw, cast }) => {
    expect(await raw(document, cast.admin!.cookie).closed).toMatchObject({ code });
  });

  it('refuses a handshake sent from another origin, even with a valid cookie', async ({ openRaw, fileServer: server, cast }) => {
    const socket = openRaw(server.wsUrl, 'iap.mizil', { cookie: cast.member!.cookie, origin: 'http://evil.example' });
    expect(await socket.closed).toMatchObject({ code: CloseCode.forbidden, reason: 'cross-origin connection refused' });
  });

  it('tells a read-only client once, with an auth permission-denied frame', async ({ raw, cast }) => {
    const socket = raw('iap.mizil', cast.observer!.cookie);
    await socket.outcome;
    for (const text of ['x', 'y', 'z']) socket.write(text);
    // Frames are handled in order: once the heartbeat is answered, the three writes were handled.
    socket.send(Uint8Array.of(MESSAGE_HEARTBEAT));
    await socket.nextFrame(MESSAGE_HEARTBEAT);
    const told = socket.framesOf(MESSAGE_AUTH);
    expect(told).toHaveLength(1);
    expect(Buffer.from(told[0]!).toString()).toContain('read-only');
  });
});
