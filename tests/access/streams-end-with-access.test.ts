import { describe, expect } from 'vitest';
import type { Workshop } from '@iap/shared';
import { appTest } from '../support/fixtures.js';
import { openStream } from '../support/notificationStream.js';
import { addSignedIn } from './people.js';

/** Streams check their caller every 100 ms here (25 s in production). */
const it = appTest.override('appOptions', { streamRecheckMs: 100 });

describe('an open event stream ends when its caller loses access', () => {
  it('signing out ends the notification stream; another person’s stays open', async ({ server }) => {
    const ana = await addSignedIn(server.app, { name: 'Ana Member', city: 'obidos', role: 'member' });
    const bruno = await addSignedIn(server.app, { name: 'Bruno Member', city: 'obidos', role: 'member' });
    const anaStream = await openStream(server, ana);
    const brunoStream = await openStream(server, bruno);
    await anaStream.events(1);
    await brunoStream.events(1);
    let brunoEnded = false;
    void brunoStream.ended.then(() => (brunoEnded = true));

    const out = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: ana.cookie } });
    expect(out.statusCode).toBeLessThan(300);
    await anaStream.ended;
    // Several rechecks later, the person still signed in keeps theirs.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(brunoEnded).toBe(false);
    // And reconnecting with the old cookie is refused.
    const again = await openStream(server, ana);
    expect(again.status).toBe(401);
    brunoStream.close();
  });

  it('a member removed from the city loses the stream of its workshop', async ({ server }) => {
    const coordinator = await addSignedIn(server.app, { name: 'Carla Coordinator', city: 'barnsley', role: 'coordinator' });
    const member = await addSignedIn(server.app, { name: 'Dan Member', city: 'barnsley', role: 'member' });
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/cities/barnsley/workshops',
      headers: { cookie: coordinator.cookie },
      payload: { title: 'ULG meeting', startsAt: '2026-12-05T18:00:00Z', agenda: [{ title: 'Welcome', minutes: 5 }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const workshop = created.json<Workshop>();
    const path = `/api/workshops/${workshop.id}/events`;
    const memberStream = await openStream(server, member, path);
    const coordinatorStream = await openStream(server, coordinator, path);
    expect(memberStream.status).toBe(200);
    let coordinatorEnded = false;
    void coordinatorStream.ended.then(() => (coordinatorEnded = true));

    const removed = await server.app.inject({
      method: 'DELETE',
      url: `/api/cities/barnsley/members/${member.id}`,
      headers: { cookie: coordinator.cookie },
    });
    expect(removed.statusCode, removed.body).toBeLessThan(300);
    await memberStream.ended;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(coordinatorEnded).toBe(false);
    coordinatorStream.close();
  });
});
