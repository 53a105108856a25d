import { describe, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CloseCode, type InviteCreated } from '@iap/shared';
import type { RunningServer } from '../support/server.js';
import { addSignedIn, createAccount, signIn } from '../access/people.js';
import { openRawSocket, type RawCollabSocket } from '../access/rawSocket.js';
import { MINUTE, test, within } from './accountsTest.js';

/** The sweep runs this often in these tests, so "at most a minute" becomes a few milliseconds. */
const SWEEP_MS = 20;
/** Far longer than a sweep: a socket still open after this was not closed by one. */
const CLOSE_WAIT_MS = 5000;

const me = (app: FastifyInstance, cookie: string) => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

/** Opens an IAP socket with the session and shows a write is saved, so the socket is live. */
async function openLiveSocket(server: RunningServer, document: string, cookie: string): Promise<RawCollabSocket> {
  const socket = openRawSocket(server.wsUrl, document, { cookie });
  expect(await socket.outcome).toEqual({ granted: true });
  socket.write('<while signed in>');
  expect(await socket.writeAnswer()).toBe('saved');
  return socket;
}

async function storedText(server: RunningServer, document: string): Promise<string> {
  const stored = await server.app.documentStore.load(document);
  return Buffer.concat((stored?.updates ?? []).map((update) => Buffer.from(update))).toString('latin1');
}

/** A socket whose session ended is closed with 4401, and what it sends afterwards never reaches the document. */
async function expectClosedAndDeaf(server: RunningServer, socket: RawCollabSocket, document: string): Promise<void> {
  expect(await within(socket.closed, CLOSE_WAIT_MS, 'close of the socket')).toMatchObject({ code: CloseCode.unauthenticated });
  socket.write('<after the session ended>');
  // The session's other side effects are committed by now; give a stray frame time to land.
  await new Promise((resolve) => setTimeout(resolve, 5 * SWEEP_MS));
  expect(await storedText(server, document)).not.toContain('<after the session ended>');
}

describe('a session that ends closes the sockets it opened', () => {
  test('idle: the sweep closes the socket of a session unused past the idle limit', async ({ clock, startAccountsServer }) => {
    const server = await startAccountsServer({ sessionPolicy: { idleMs: 30 * MINUTE }, sessionSweepIntervalMs: SWEEP_MS });
    const account = await createAccount(server.app, { name: 'Idle writer', city: 'mizil' });
    const cookie = await signIn(server.app, account.email);
    const socket = await openLiveSocket(server, 'iap.mizil', cookie);

    clock.advance(31 * MINUTE);
    await expectClosedAndDeaf(server, socket, 'iap.mizil');
    expect((await me(server.app, cookie)).statusCode).toBe(401);
  });

  test('absolute: an active session still ends at its absolute limit, and so does its socket', async ({ clock, startAccountsServer }) => {
    const server = await startAccountsServer({
      sessionPolicy: { idleMs: 30 * MINUTE, absoluteMs: 60 * MINUTE },
      sessionSweepIntervalMs: SWEEP_MS,
    });
    const account = await createAccount(server.app, { name: 'Busy writer', city: 'mizil' });
    const cookie = await signIn(server.app, account.email);
    const socket = await openLiveSocket(server, 'iap.mizil', cookie);

    // Used every 20 minutes: never idle, and the sweeps in between leave the socket alone.
    for (let elapsed = 20; elapsed < 60; elapsed += 20) {
      clock.advance(20 * MINUTE);
      expect((await me(server.app, cookie)).statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5 * SWEEP_MS));
      socket.write(`<at ${elapsed} minutes>`);
      expect(await socket.writeAnswer()).toBe('saved');
    }
    clock.advance(21 * MINUTE);
    await expectClosedAndDeaf(server, socket, 'iap.mizil');
  });

  test('invite acceptance: creating a new account in a signed-in browser closes the old session’s socket', async ({
    startAccountsServer,
  }) => {
    const server = await startAccountsServer();
    const coordinator = await addSignedIn(server.app, { name: 'Mizil coordinator', city: 'mizil', role: 'coordinator' });
    const previous = await addSignedIn(server.app, { name: 'Barnsley member', city: 'barnsley', role: 'member' });
    const socket = await openLiveSocket(server, 'iap.barnsley', previous.cookie);

    const created = await server.app.inject({
      method: 'POST',
      url: '/api/cities/mizil/invites',
      headers: { cookie: coordinator.cookie },
      payload: { role: 'member' },
    });
    const { token } = created.json<InviteCreated>();
    const accepted = await server.app.inject({
      method: 'POST',
      url: `/api/invites/${token}/accept`,
      headers: { cookie: previous.cookie },
      payload: { name: 'Someone new', email: 'someone.new@people.test', password: 'a long new password' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    await expectClosedAndDeaf(server, socket, 'iap.barnsley');
    expect((await me(server.app, previous.cookie)).statusCode).toBe(401);
  });

  test('signing out closes the session’s socket, and only that one', async ({ startAccountsServer }) => {
    const server = await startAccountsServer();
    const person = await addSignedIn(server.app, { name: 'Leaving', city: 'mizil' });
    const colleague = await addSignedIn(server.app, { name: 'Staying', city: 'mizil' });
    const socket = await openLiveSocket(server, 'iap.mizil', person.cookie);
    const other = await openLiveSocket(server, 'iap.mizil', colleague.cookie);

    const signOut = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: person.cookie } });
    expect(signOut.statusCode).toBe(204);
    expect(await within(socket.closed, CLOSE_WAIT_MS, 'close of the socket')).toMatchObject({ code: CloseCode.unauthenticated });
    other.write('<still here>');
    expect(await other.writeAnswer()).toBe('saved');
    other.close();
  });

  test('signing in again in the same browser closes the previous session’s socket', async ({ startAccountsServer }) => {
    const server = await startAccountsServer();
    const account = await createAccount(server.app, { name: 'Twice', city: 'mizil' });
    const cookie = await signIn(server.app, account.email);
    const socket = await openLiveSocket(server, 'iap.mizil', cookie);

    const again = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie },
      payload: { email: account.email, password: 'a long test password' },
    });
    expect(again.statusCode).toBe(200);
    await expectClosedAndDeaf(server, socket, 'iap.mizil');
  });

  test('a disabled account: the sweep ends its sessions and closes their sockets', async ({ startAccountsServer }) => {
    const server = await startAccountsServer({ sessionSweepIntervalMs: SWEEP_MS });
    const account = await createAccount(server.app, { name: 'Disabled', city: 'mizil' });
    const cookie = await signIn(server.app, account.email);
    const socket = await openLiveSocket(server, 'iap.mizil', cookie);

    server.app.db.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(account.id);
    await expectClosedAndDeaf(server, socket, 'iap.mizil');
    expect(server.app.db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').get(account.id)).toEqual({ n: 0 });
  });
});
