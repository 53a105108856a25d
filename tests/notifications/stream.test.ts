import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOTIFICATIONS_CHANGED_EVENT } from '@iap/shared';
import { startServer, type RunningServer } from '../support/server.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { someTextAnchor } from '../comments/anchors.js';

/** An open `GET /api/notifications/stream`, counting the "changed" events that arrived. */
interface EventStream {
  status: number;
  contentType: string | undefined;
  /** Resolves once `count` events have arrived in all. */
  events: (count: number) => Promise<void>;
  received: () => number;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close: () => void;
}

function openStream(server: RunningServer, person: SignedIn): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.httpUrl}/api/notifications/stream`, { headers: { cookie: person.cookie } }, (response) => {
      const ended = new Promise<void>((done) => response.once('end', done));
      let received = 0;
      let buffered = '';
      const waiting: { count: number; done: () => void }[] = [];
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffered += chunk;
        const blocks = buffered.split('\n\n');
        buffered = blocks.pop() ?? '';
        received += blocks.filter((block) => block.split('\n').includes(`event: ${NOTIFICATIONS_CHANGED_EVENT}`)).length;
        for (const waiter of waiting.filter((candidate) => received >= candidate.count)) waiter.done();
      });
      resolve({
        status: response.statusCode ?? 0,
        contentType: response.headers['content-type'],
        events: (count) =>
          new Promise((done) => {
            if (received >= count) done();
            else waiting.push({ count, done });
          }),
        received: () => received,
        ended,
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}

describe('the live notification stream', () => {
  let server: RunningServer;
  let ana: SignedIn;
  let bruno: SignedIn;
  let carla: SignedIn;

  beforeEach(async () => {
    server = await startServer();
    ana = await addSignedIn(server.app, { name: 'Ana Member', city: 'obidos', role: 'member' });
    bruno = await addSignedIn(server.app, { name: 'Bruno Member', city: 'obidos', role: 'member' });
    carla = await addSignedIn(server.app, { name: 'Carla Member', city: 'obidos', role: 'member' });
  });

  afterEach(async () => {
    await server.close();
  });

  it('tells the mentioned person at once, and not the others', async () => {
    const brunoStream = await openStream(server, bruno);
    const carlaStream = await openStream(server, carla);
    expect(brunoStream.status).toBe(200);
    expect(brunoStream.contentType).toMatch(/^text\/event-stream/);
    // One event on connecting, so a client that reconnects refetches what it missed.
    await brunoStream.events(1);
    await carlaStream.events(1);

    const posted = await server.app.inject({
      method: 'POST',
      url: '/api/documents/iap.obidos/comments',
      headers: { cookie: ana.cookie },
      payload: { anchor: someTextAnchor(), body: '@Bruno Member look', mentions: [bruno.id] },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    await brunoStream.events(2);

    // Carla's stream stayed quiet. Events of one stream arrive in order, so had the first
    // mention reached her too, the one of the next mention would be her third.
    await server.app.inject({
      method: 'POST',
      url: '/api/documents/iap.obidos/comments',
      headers: { cookie: ana.cookie },
      payload: { anchor: someTextAnchor(), body: '@Carla Member and you', mentions: [carla.id] },
    });
    await carlaStream.events(2);
    expect(carlaStream.received()).toBe(2);
    expect(brunoStream.received()).toBe(2);
    brunoStream.close();
    carlaStream.close();
  });

  it('closing the server ends the open streams', async () => {
    const stream = await openStream(server, bruno);
    await stream.events(1);
    await server.close();
    await stream.ended;
  });
});
