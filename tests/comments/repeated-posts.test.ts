import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { commentThreadListSchema } from '@iap/shared';
import { appTest as it } from '../support/fixtures.js';
import type { SignedIn } from '../access/people.js';
import { someTextAnchor } from './anchors.js';

const DOC = '/api/documents/iap.obidos/comments';

// A comment written offline is sent again when its first answer was lost: the id the client
// picked makes the second request return the first comment instead of a copy.
describe('a comment sent twice with the id its writer picked', () => {
  let app: FastifyInstance;
  let ana: SignedIn;
  let bruno: SignedIn;

  it.beforeEach(async ({ server, signIn }) => {
    app = server.app;
    ana = await signIn({ name: 'Ana Member', city: 'obidos', role: 'member' });
    bruno = await signIn({ name: 'Bruno Member', city: 'obidos', role: 'member' });
  });

  const post = (person: SignedIn, url: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url, payload, headers: { cookie: person.cookie } });

  async function bodies(): Promise<string[]> {
    const response = await app.inject({ method: 'GET', url: DOC, headers: { cookie: ana.cookie } });
    return commentThreadListSchema.parse(response.json()).threads.flatMap((thread) => thread.comments.map((comment) => comment.body));
  }

  it('opens one thread, and the repeat answers with it', async () => {
    const id = randomUUID();
    const payload = { id, anchor: someTextAnchor(), body: 'Which months?', mentions: [bruno.id] };
    const first = await post(ana, DOC, payload);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ id });
    const again = await post(ana, DOC, payload);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id });
    expect(await bodies()).toEqual(['Which months?']);
    // Bruno was told once.
    const notifications = await app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: bruno.cookie } });
    expect(notifications.json()).toMatchObject({ unreadCount: 1 });
  });

  it('adds one reply, and the repeat answers with it', async () => {
    const thread = await post(ana, DOC, { anchor: someTextAnchor(), body: 'Budget first?' });
    const url = `${DOC}/${thread.json<{ id: string }>().id}/replies`;
    const id = randomUUID();
    expect((await post(bruno, url, { id, body: 'Yes.' })).statusCode).toBe(201);
    const again = await post(bruno, url, { id, body: 'Yes.' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id, body: 'Yes.' });
    expect(await bodies()).toEqual(['Budget first?', 'Yes.']);
  });

  it("refuses someone else's id, and an id that is not a UUID", async () => {
    const id = randomUUID();
    expect((await post(ana, DOC, { id, anchor: someTextAnchor(), body: 'Mine' })).statusCode).toBe(201);
    const taken = await post(bruno, DOC, { id, anchor: someTextAnchor(), body: 'Not yours' });
    expect(taken.statusCode).toBe(409);
    const reply = await post(bruno, `${DOC}/${id}/replies`, { id, body: 'Nor this' });
    expect(reply.statusCode).toBe(409);
    const malformed = await post(ana, DOC, { id: 'my-id', anchor: someTextAnchor(), body: 'Hi' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { field: 'id' } });
    expect(await bodies()).toEqual(['Mine']);
  });
});
