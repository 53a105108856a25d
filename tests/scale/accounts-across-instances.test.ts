import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, MESSAGE_COMMENTS_CHANGED, type PlanState } from '@iap/shared';
import type { BuildAppOptions } from '@iap/server';
import type { RedisFanout } from '@iap/server/fanout/RedisFanout';
import type { RunningServer } from '../support/server.js';
import { connectClient, waitForDoc, type TestClient } from '../support/yclient.js';
import { planText, writeParagraph } from '../support/planParagraph.js';
import { openStream, type NotificationStream } from '../support/notificationStream.js';
import { startSilentNetwork, through, type SilentNetwork } from '../support/silentNetwork.js';
import { assertServicesUp, freshDatabase, REDIS_URL, startScaledInstance } from '../support/postgresRedis.js';
import { addSignedIn, createAccount, PASSWORD, signIn, type SignedIn } from '../access/people.js';
import { openRawSocket, type RawCollabSocket } from '../access/rawSocket.js';
import { someTextAnchor } from '../comments/anchors.js';
import { within } from '../auth/accountsTest.js';

/** Far longer than a message between two instances on one machine takes. */
const CROSS_WAIT_MS = 10_000;
/** How often documents read what the other instance committed (the default is 10 s). */
const RESYNC_MS = 300;
/** Failed sign-ins per account and address before the next one waits (small, so the test is quick). */
const LOGIN_LIMIT = 3;

/** True if `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}


describe('accounts, comments and access across two instances over PostgreSQL and Redis', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const prefix = `iap-accounts-${randomUUID().slice(0, 8)}`;
  const fanouts: RedisFanout[] = [];
  const proxies: SilentNetwork[] = [];
  const opened: { close: () => void }[] = [];
  /** Instances started by one test; the shared pair lives for the whole file. */
  const ownServers: RunningServer[] = [];
  let one: RunningServer;
  let two: RunningServer;

  /** One instance on the shared database and this file's channel prefix (startScaledInstance). */
  async function instance(options: { databaseUrl?: string; redisUrl?: string } & Partial<BuildAppOptions> = {}): Promise<RunningServer> {
    const { databaseUrl, ...appOptions } = options;
    const { server, fanout } = await startScaledInstance({
      databaseUrl: databaseUrl ?? database.url,
      prefix,
      resyncIntervalMs: RESYNC_MS,
      loginRateLimit: { perAccountAndAddress: LOGIN_LIMIT },
      ...appOptions,
    });
    fanouts.push(fanout);
    return server;
  }

  beforeAll(async () => {
    await assertServicesUp();
    database = await freshDatabase();
    one = await instance();
    two = await instance();
  });
  afterEach(async () => {
    for (const item of opened.splice(0)) item.close();
    for (const server of ownServers.splice(0)) await server.close();
    for (const proxy of proxies.splice(0)) await proxy.close();
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    for (const fanout of fanouts.splice(0)) await fanout.close();
    await database?.drop();
  });

  const raw = (server: RunningServer, document: string, cookie: string): RawCollabSocket => {
    const socket = openRawSocket(server.wsUrl, document, { cookie });
    opened.push(socket);
    return socket;
  };
  const client = (server: RunningServer, document: string, cookie: string): TestClient => {
    const connected = connectClient(server.wsUrl, document, { headers: { cookie } });
    opened.push({ close: () => connected.destroy() });
    return connected;
  };
  const stream = async (server: RunningServer, person: SignedIn): Promise<NotificationStream> => {
    const open = await openStream(server, person);
    opened.push(open);
    return open;
  };
  const proxy = async (url: string): Promise<SilentNetwork> => {
    const started = await startSilentNetwork(url);
    proxies.push(started);
    return started;
  };
  const started = async (server: Promise<RunningServer>): Promise<RunningServer> => {
    const running = await server;
    ownServers.push(running);
    return running;
  };

  /** A socket that was granted and whose first write is saved: live on its instance. */
  async function liveSocket(server: RunningServer, document: string, cookie: string): Promise<RawCollabSocket> {
    const socket = raw(server, document, cookie);
    expect(await socket.outcome).toEqual({ granted: true });
    socket.write('<while allowed>');
    expect(await socket.writeAnswer()).toBe('saved');
    return socket;
  }

  it('a session made on one instance works on the other, and signing out on the other closes its socket on the first', async () => {
    const account = await createAccount(one.app, { name: 'Roaming member', city: 'mizil' });
    const cookie = await signIn(one.app, account.email);
    const me = await two.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: account.id } });

    const onOne = await liveSocket(one, 'iap.mizil', cookie);
    const onTwo = await liveSocket(two, 'iap.mizil', cookie);
    const signOut = await two.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(signOut.statusCode).toBe(204);
    expect(await within(onOne.closed, CROSS_WAIT_MS, 'close on the other instance')).toMatchObject({ code: CloseCode.unauthenticated });
    expect(await within(onTwo.closed, CROSS_WAIT_MS, 'close on the same instance')).toMatchObject({ code: CloseCode.unauthenticated });
    expect((await one.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('a comment posted on one instance reaches a client of the plan and the mentioned person’s stream on the other', async () => {
    const ana = await addSignedIn(one.app, { name: 'Ana Member', city: 'obidos' });
    const bruno = await addSignedIn(two.app, { name: 'Bruno Member', city: 'obidos' });
    const carla = await addSignedIn(two.app, { name: 'Carla Member', city: 'obidos' });
    const reader = raw(two, 'iap.obidos', bruno.cookie);
    expect(await reader.outcome).toEqual({ granted: true });
    const brunoStream = await stream(two, bruno);
    const carlaStream = await stream(two, carla);
    // One event on connecting, as on one instance.
    await brunoStream.events(1);
    await carlaStream.events(1);

    const posted = await one.app.inject({
      method: 'POST',
      url: '/api/documents/iap.obidos/comments',
      headers: { cookie: ana.cookie },
      payload: { anchor: someTextAnchor(), body: '@Bruno Member look', mentions: [bruno.id] },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    await within(reader.nextFrame(MESSAGE_COMMENTS_CHANGED), CROSS_WAIT_MS, 'comments-changed frame');
    await within(brunoStream.events(2), CROSS_WAIT_MS, 'notification event on the other instance');
    const listed = await two.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: bruno.cookie } });
    expect(listed.json()).toMatchObject({ unreadCount: 1, notifications: [{ kind: 'mention', actor: { id: ana.id } }] });

    // Marking it read on one instance lowers the count in the same person's stream on the other.
    const id = (listed.json() as { notifications: { id: string }[] }).notifications[0]!.id;
    const read = await one.app.inject({ method: 'POST', url: '/api/notifications/read', headers: { cookie: bruno.cookie }, payload: { ids: [id] } });
    expect(read.json()).toEqual({ unreadCount: 0 });
    await within(brunoStream.events(3), CROSS_WAIT_MS, 'read event on the other instance');
    // Carla was not mentioned: her stream heard nothing but its first event.
    expect(carlaStream.received()).toBe(1);
  });

  it('a member removed on one instance loses their socket on the other; one made observer can no longer write there', async () => {
    const coordinator = await addSignedIn(one.app, { name: 'Enguera coordinator', city: 'enguera', role: 'coordinator' });
    const leaving = await addSignedIn(one.app, { name: 'Leaving member', city: 'enguera' });
    const demoted = await addSignedIn(one.app, { name: 'Demoted member', city: 'enguera' });
    const leavingSocket = await liveSocket(two, 'iap.enguera', leaving.cookie);
    const demotedSocket = await liveSocket(two, 'iap.enguera', demoted.cookie);

    const removed = await one.app.inject({ method: 'DELETE', url: `/api/cities/enguera/members/${leaving.id}`, headers: { cookie: coordinator.cookie } });
    expect(removed.statusCode).toBe(204);
    expect(await within(leavingSocket.closed, CROSS_WAIT_MS, 'close of the removed member’s socket')).toMatchObject({ code: CloseCode.forbidden });

    const changed = await one.app.inject({
      method: 'PATCH',
      url: `/api/cities/enguera/members/${demoted.id}`,
      headers: { cookie: coordinator.cookie },
      payload: { role: 'observer' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    // The regrant on the other instance is asynchronous: write until a write is refused.
    let attempt = 0;
    await expect
      .poll(
        async () => {
          demotedSocket.write(`<as an observer ${++attempt}>`);
          return demotedSocket.writeAnswer();
        },
        { timeout: CROSS_WAIT_MS, interval: 100 },
      )
      .toBe('refused');
    // The refused write never reached the plan, on either instance.
    const live = await one.app.collab.registry.open('iap.enguera');
    await live.drain();
    expect(planText(live)).toContain('while allowed');
    expect(planText(live)).not.toContain(`as an observer ${attempt}`);
  });

  it('failed sign-ins on one instance count on the other', async () => {
    const account = await createAccount(one.app, { name: 'Guessed', city: 'barnsley' });
    for (let attempt = 0; attempt < LOGIN_LIMIT; attempt++) {
      const wrong = await one.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: account.email, password: 'not the password' } });
      expect(wrong.statusCode).toBe(401);
    }
    // The right password, on the other instance, from the same address: still refused.
    const right = await two.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: account.email, password: PASSWORD } });
    expect(right.statusCode, right.body).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('a plan finalized on one instance refuses writes from a socket on the other', async () => {
    const coordinator = await addSignedIn(one.app, { name: 'Viareggio coordinator', city: 'viareggio', role: 'coordinator' });
    const leadPartner = await addSignedIn(one.app, { name: 'Lead partner', networkRole: 'lead_partner' });
    const member = await addSignedIn(two.app, { name: 'Viareggio member', city: 'viareggio' });
    const writer = await liveSocket(two, 'iap.viareggio', member.cookie);
    const move = async (person: SignedIn, to: PlanState): Promise<void> => {
      const moved = await one.app.inject({ method: 'POST', url: '/api/documents/iap.viareggio/state', headers: { cookie: person.cookie }, payload: { to } });
      expect(moved.statusCode, moved.body).toBe(200);
    };
    for (const to of ['in_review', 'validated', 'submitted'] as const) await move(coordinator, to);
    await move(leadPartner, 'final');
    await expect
      .poll(
        async () => {
          writer.write('<after the lock>');
          return writer.writeAnswer();
        },
        { timeout: CROSS_WAIT_MS, interval: 100 },
      )
      .toBe('refused');
    // A socket opened on the other instance after the move is read-only from the start.
    const late = raw(two, 'iap.viareggio', member.cookie);
    expect(await late.outcome).toEqual({ granted: true });
    late.write('<late>');
    expect(await late.writeAnswer()).toBe('refused');
  });

  it.each([
    ['down (connections reset and refused)', 'goDown'],
    ['silent (connections hang)', 'goSilent'],
  ] as const)('PostgreSQL %s for one instance: nothing is acknowledged, the server stays up, and the edit is committed once it is back', async (_label, outage) => {
    const network = await proxy(database.url);
    // Its errors while the database is away are expected: logged at error level, so kept quiet here.
    const cut = await started(instance({ databaseUrl: through(database.url, network), logLevel: 'silent' }));
    const writer = await addSignedIn(one.app, { name: 'Jyväskylä writer', city: 'jyvaskyla' });
    const reader = await addSignedIn(one.app, { name: 'Jyväskylä reader', city: 'jyvaskyla' });
    const editor = client(cut, 'iap.jyvaskyla', writer.cookie);
    const watcher = client(one, 'iap.jyvaskyla', reader.cookie);
    await Promise.all([editor.synced, watcher.synced]);
    const text = `written while the database was ${outage}`;

    network[outage]();
    writeParagraph(editor, text);
    // Never "saved" while the database cannot commit it, and never shown elsewhere uncommitted.
    expect(await settlesWithin(editor.whenSaved(), 2_000)).toBe(false);
    expect(planText(watcher)).not.toContain(text);
    if (outage === 'goDown') {
      // The instance is still serving: health answers, and says the database refuses commits.
      expect((await cut.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(503);
    }

    network.restore();
    await within(editor.whenSaved(), 20_000, '"saved" after the database returned');
    await waitForDoc(watcher.doc, () => planText(watcher).includes(text), 20_000);
    // Committed: a fresh read of the store (not a live copy) holds it.
    const stored = await one.app.documentStore.load('iap.jyvaskyla');
    expect(Buffer.concat(stored!.updates.map((update) => Buffer.from(update))).toString('latin1')).toContain(text);
  });

  it('Redis unreachable later: editing goes on on each instance, and they converge when it returns', async () => {
    const network = await proxy(REDIS_URL);
    const redisUrl = through(REDIS_URL, network);
    const [left, right] = [await started(instance({ redisUrl, logLevel: 'silent' })), await started(instance({ redisUrl, logLevel: 'silent' }))];
    const writer = await addSignedIn(left.app, { name: 'Mizil left', city: 'mizil' });
    const other = await addSignedIn(left.app, { name: 'Mizil right', city: 'mizil' });
    const alice = client(left, 'iap.mizil', writer.cookie);
    const bob = client(right, 'iap.mizil', other.cookie);
    await Promise.all([alice.synced, bob.synced]);
    writeParagraph(alice, 'before the outage');
    await waitForDoc(bob.doc, () => planText(bob).includes('before the outage'));

    const fanoutOf = async (server: RunningServer): Promise<unknown> => (await server.app.inject({ method: 'GET', url: '/api/health' })).json<{ fanout: string }>().fanout;
    network.goDown();
    await expect.poll(() => fanoutOf(left), { timeout: CROSS_WAIT_MS }).toBe('unreachable');
    await expect.poll(() => fanoutOf(right), { timeout: CROSS_WAIT_MS }).toBe('unreachable');
    for (let round = 0; round < 5; round++) {
      writeParagraph(alice, `left ${round}`);
      writeParagraph(bob, `right ${round}`);
    }
    // Each instance still commits and acknowledges its own clients' edits.
    await within(Promise.all([alice.whenSaved(), bob.whenSaved()]), CROSS_WAIT_MS, '"saved" while Redis is away');

    network.restore();
    await expect.poll(() => fanoutOf(left), { timeout: CROSS_WAIT_MS }).toBe('ok');
    const complete = (client: TestClient) => () => ['left 4', 'right 4'].every((mark) => planText(client).includes(mark));
    await waitForDoc(alice.doc, complete(alice), 20_000);
    await waitForDoc(bob.doc, complete(bob), 20_000);
    expect(planText(alice)).toBe(planText(bob));
  });

  it('a sign-out and a removal made while Redis was away still reach the other instance’s sockets when it returns', async () => {
    const network = await proxy(REDIS_URL);
    const redisUrl = through(REDIS_URL, network);
    const [left, right] = [await started(instance({ redisUrl, logLevel: 'silent' })), await started(instance({ redisUrl, logLevel: 'silent' }))];
    const coordinator = await addSignedIn(left.app, { name: 'Barnsley coordinator', city: 'barnsley', role: 'coordinator' });
    const leaving = await addSignedIn(left.app, { name: 'Signing out', city: 'barnsley' });
    const removed = await addSignedIn(left.app, { name: 'Removed meanwhile', city: 'barnsley' });
    const signedOutSocket = await liveSocket(right, 'iap.barnsley', leaving.cookie);
    const removedSocket = await liveSocket(right, 'iap.barnsley', removed.cookie);

    network.goDown();
    expect((await left.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: leaving.cookie } })).statusCode).toBe(204);
    const removal = await left.app.inject({ method: 'DELETE', url: `/api/cities/barnsley/members/${removed.id}`, headers: { cookie: coordinator.cookie } });
    expect(removal.statusCode).toBe(204);
    // Their control messages were published into the void.
    expect(await settlesWithin(signedOutSocket.closed, 500)).toBe(false);

    network.restore();
    expect(await within(signedOutSocket.closed, CROSS_WAIT_MS, 'close of the signed-out socket')).toMatchObject({ code: CloseCode.unauthenticated });
    expect(await within(removedSocket.closed, CROSS_WAIT_MS, 'close of the removed member’s socket')).toMatchObject({ code: CloseCode.forbidden });
  });
});
