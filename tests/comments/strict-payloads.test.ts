import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@iap/server';
import { commentThreadSchema, type CommentThread } from '@iap/shared';
import { makeDataDir } from '../support/server.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { someTextAnchor } from './anchors.js';

const DOC = '/api/documents/iap.obidos/comments';

/** docs/API.md: every object schema is strict, so a misspelt or smuggled field is refused, not dropped. */
describe('comment payloads are strict', () => {
  let app: FastifyInstance;
  let member: SignedIn;
  let thread: CommentThread;

  beforeAll(async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    member = await addSignedIn(app, { name: 'Bruno Member', city: 'obidos', role: 'member' });
    const opened = await send('POST', DOC, { anchor: someTextAnchor(), body: 'Which businesses count here?' });
    expect(opened.statusCode, opened.body).toBe(201);
    thread = commentThreadSchema.parse(opened.json());
  });
  afterAll(async () => {
    await app.close();
  });

  function send(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    return app.inject({ method, url, headers: { cookie: member.cookie }, ...(payload ? { payload } : {}) });
  }

  async function commentCount(): Promise<number> {
    const threads = (await send('GET', DOC)).json() as { threads: CommentThread[] };
    return threads.threads.reduce((sum, each) => sum + each.comments.length, 0);
  }

  const cases: [string, () => ['POST' | 'PATCH', string, object], string][] = [
    ['a new thread with an unknown field', () => ['POST', DOC, { anchor: someTextAnchor(), body: 'Hi', authorId: 'someone-else' }], 'authorId'],
    ['a text anchor with an unknown field', () => ['POST', DOC, { anchor: { ...someTextAnchor(), colour: 'red' }, body: 'Hi' }], 'anchor.colour'],
    [
      'an action anchor with an unknown field',
      () => ['POST', DOC, { anchor: { kind: 'action', actionId: 'act-festival', quote: 'x' }, body: 'Hi' }],
      'anchor.quote',
    ],
    ['a reply with an unknown field', () => ['POST', `${DOC}/${thread.id}/replies`, { body: 'Yes', resolved: true }], 'resolved'],
    ['an edit with an unknown field', () => ['PATCH', `/api/comments/${thread.id}`, { body: 'Edited', createdAt: '2000-01-01' }], 'createdAt'],
  ];

  it.each(cases)('%s is a 400 naming the field, and nothing changes', async (_label, request, field) => {
    const before = await commentCount();
    const [method, url, payload] = request();
    const response = await send(method, url, payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_payload', field } });
    expect(await commentCount()).toBe(before);
    const stored = commentThreadSchema.parse((await send('GET', DOC)).json().threads[0]);
    expect(stored.comments[0]?.body).toBe('Which businesses count here?');
  });
});
