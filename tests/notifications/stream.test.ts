import { describe, expect } from 'vitest';
import { appTest } from '../support/fixtures.js';
import { openStream } from '../support/notificationStream.js';
import { addSignedIn } from '../access/people.js';
import { someTextAnchor } from '../comments/anchors.js';

/** A fresh app for each test, with three members of Óbidos. */
const it = appTest.extend('cast', async ({ server }) => ({
  ana: await addSignedIn(server.app, { name: 'Ana Member', city: 'obidos', role: 'member' }),
  bruno: await addSignedIn(server.app, { name: 'Bruno Member', city: 'obidos', role: 'member' }),
  carla: await addSignedIn(server.app, { name: 'Carla Member', city: 'obidos', role: 'member' }),
}));

describe('the live notification stream', () => {
  it('tells the mentioned person at once, and not the others', async ({ server, cast: { ana, bruno, carla } }) => {
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

  it('closing the server ends the open streams', async ({ server, cast: { bruno } }) => {
    const stream = await openStream(server, bruno);
    await stream.events(1);
    await server.close();
    await stream.ended;
  });
});
