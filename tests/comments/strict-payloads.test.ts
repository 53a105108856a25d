import { describe, expect } from 'vitest';
import { commentThreadSchema, type CommentThread } from '@iap/shared';
import { appTest } from '../support/fixtures.js';
import { addSignedIn } from '../access/people.js';
import { someTextAnchor } from './anchors.js';

const DOC = '/api/documents/iap.obidos/comments';

/** On the file's one app, a member of Óbidos who opened one thread, and how they call the comments API. */
const it = appTest.extend('member', { scope: 'file' }, async ({ fileServer: { app } }) => {
  const member = await addSignedIn(app, { name: 'Bruno Member', city: 'obidos', role: 'member' });
  function send(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
    return app.inject({ method, url, headers: { cookie: member.cookie }, ...(payload ? { payload } : {}) });
  }
  async function commentCount(): Promise<number> {
    const threads = (await send('GET', DOC)).json() as { threads: CommentThread[] };
    return threads.threads.reduce((sum, each) => sum + each.comments.length, 0);
  }
  const opened = await send('POST', DOC, { anchor: someTextAnchor(), body: 'Which businesses count here?' });
  expect(opened.statusCode, opened.body).toBe(201);
  return { send, commentCount, thread: commentThreadSchema.parse(opened.json()) };
});

/** docs/API.md: every object schema is strict, so a misspelt or smuggled field is refused, not dropped. */
describe('comment payloads are strict', () => {
  const cases: [string, (thread: CommentThread) => ['POST' | 'PATCH', string, object], string][] = [
    ['a new thread with an unknown field', () => ['POST', DOC, { anchor: someTextAnchor(), body: 'Hi', authorId: 'someone-else' }], 'authorId'],
    ['a text anchor with an unknown field', () => ['POST', DOC, { anchor: { ...someTextAnchor(), colour: 'red' }, body: 'Hi' }], 'anchor.colour'],
    [
      'an action anchor with an unknown field',
      () => ['POST', DOC, { anchor: { kind: 'action', actionId: 'act-festival', quote: 'x' }, body: 'Hi' }],
      'anchor.quote',
    ],
    ['a reply with an unknown field', (thread) => ['POST', `${DOC}/${thread.id}/replies`, { body: 'Yes', resolved: true }], 'resolved'],
    ['an edit with an unknown field', (thread) => ['PATCH', `/api/comments/${thread.id}`, { body: 'Edited', createdAt: '2000-01-01' }], 'createdAt'],
  ];

  it.for(cases)('%s is a 400 naming the field, and nothing changes', async ([, request, field], { member: { send, commentCount, thread } }) => {
    const before = await commentCount();
    const [method, url, payload] = request(thread);
    const response = await send(method, url, payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_payload', field } });
    expect(await commentCount()).toBe(before);
    const stored = commentThreadSchema.parse((await send('GET', DOC)).json().threads[0]);
    expect(stored.comments[0]?.body).toBe('Which businesses count here?');
  });
});
