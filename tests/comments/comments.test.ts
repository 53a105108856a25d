import { describe, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { COMMENT_LIMITS, commentThreadListSchema, commentThreadSchema, commentSchema, type CommentThread } from '@iap/shared';
import { appTest as it } from '../support/fixtures.js';
import type { SignedIn } from '../access/people.js';
import { someTextAnchor } from './anchors.js';

const DOC = '/api/documents/iap.obidos/comments';

describe('comments on an IAP', () => {
  let app: FastifyInstance;
  let coordinator: SignedIn;
  let member: SignedIn;
  let otherMember: SignedIn;
  let observer: SignedIn;
  let outsider: SignedIn;

  it.beforeEach(async ({ server, signIn }) => {
    app = server.app;
    coordinator = await signIn({ name: 'Ana Coordinator', city: 'obidos', role: 'coordinator' });
    member = await signIn({ name: 'Bruno Member', city: 'obidos', role: 'member' });
    otherMember = await signIn({ name: 'Carla Member', city: 'obidos', role: 'member' });
    observer = await signIn({ name: 'Olga Observer', city: 'obidos', role: 'observer' });
    outsider = await signIn({ name: 'Enzo Enguera', city: 'enguera', role: 'coordinator' });
  });

  const call = (person: SignedIn | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      headers: person ? { cookie: person.cookie } : {},
    });

  async function openThread(person: SignedIn, body = 'Which businesses count here?'): Promise<CommentThread> {
    const response = await call(person, 'POST', DOC, { anchor: someTextAnchor(), body });
    expect(response.statusCode, response.body).toBe(201);
    return commentThreadSchema.parse(response.json());
  }

  async function list(person: SignedIn): Promise<CommentThread[]> {
    const response = await call(person, 'GET', DOC);
    expect(response.statusCode, response.body).toBe(200);
    return commentThreadListSchema.parse(response.json()).threads;
  }

  it('a member opens a thread on a text range, another replies, and an observer reads both', async () => {
    const thread = await openThread(member);
    const reply = await call(otherMember, 'POST', `${DOC}/${thread.id}/replies`, { body: 'Design studios and makers.' });
    expect(reply.statusCode, reply.body).toBe(201);

    const threads = await list(observer);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.anchor).toMatchObject({ kind: 'text', quote: 'creative economy' });
    expect(threads[0]?.comments.map((comment) => [comment.authorName, comment.body])).toEqual([
      ['Bruno Member', 'Which businesses count here?'],
      ['Carla Member', 'Design studios and makers.'],
    ]);
    expect(threads[0]?.comments[0]?.id).toBe(thread.id);
  });

  it('a thread can be opened on an action card', async () => {
    const response = await call(member, 'POST', DOC, { anchor: { kind: 'action', actionId: 'act-festival' }, body: 'Budget?' });
    expect(response.statusCode, response.body).toBe(201);
    expect((await list(member))[0]?.anchor).toEqual({ kind: 'action', actionId: 'act-festival' });
  });

  it.each([
    ['empty', ''],
    ['blank', '   \n '],
    ['oversized', 'x'.repeat(COMMENT_LIMITS.bodyLength + 1)],
  ])('refuses an %s body with a 400 naming body, and saves nothing', async (_label, body) => {
    const response = await call(member, 'POST', DOC, { anchor: someTextAnchor(), body });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'body' } });
    expect(await list(member)).toEqual([]);
  });

  it('refuses an anchor that is not a Yjs relative position', async () => {
    const notBase64 = await call(member, 'POST', DOC, { anchor: { ...someTextAnchor(), start: 'not base64!' }, body: 'Hi' });
    expect(notBase64.statusCode).toBe(400);
    expect(notBase64.json().error.field).toBe('anchor.start');

    const garbage = Buffer.from('hello world').toString('base64');
    const undecodable = await call(member, 'POST', DOC, { anchor: { ...someTextAnchor(), end: garbage }, body: 'Hi' });
    expect(undecodable.statusCode).toBe(400);
    expect(undecodable.json().error.field).toBe('anchor.end');
    expect(await list(member)).toEqual([]);
  });

  it('keeps comments from people who may not read the document', async () => {
    expect((await call(null, 'GET', DOC)).statusCode).toBe(401);
    expect((await call(outsider, 'GET', DOC)).statusCode).toBe(404);
    const post = await call(outsider, 'POST', DOC, { anchor: someTextAnchor(), body: 'Hello from Enguera' });
    expect(post.statusCode).toBe(404);
    expect((await call(member, 'GET', '/api/documents/notes.obidos/comments')).statusCode).toBe(404);
    expect(await list(member)).toEqual([]);
  });

  it('lets observers comment only when the coordinator allows it', async () => {
    const refused = await call(observer, 'POST', DOC, { anchor: someTextAnchor(), body: 'May I?' });
    expect(refused.statusCode).toBe(403);

    const allow = await call(coordinator, 'PATCH', '/api/cities/obidos/settings', { observersCanComment: true });
    expect(allow.statusCode, allow.body).toBe(200);
    const allowed = await call(observer, 'POST', DOC, { anchor: someTextAnchor(), body: 'Thank you!' });
    expect(allowed.statusCode, allowed.body).toBe(201);
  });

  it('only the author edits a comment', async () => {
    const thread = await openThread(member);
    const byOther = await call(otherMember, 'PATCH', `/api/comments/${thread.id}`, { body: 'Rewritten' });
    expect(byOther.statusCode).toBe(403);

    const byAuthor = await call(member, 'PATCH', `/api/comments/${thread.id}`, { body: 'Which creative businesses?' });
    expect(byAuthor.statusCode, byAuthor.body).toBe(200);
    const edited = commentSchema.parse(byAuthor.json());
    expect(edited.body).toBe('Which creative businesses?');
    expect(edited.editedAt).not.toBeNull();
  });

  it('deleting a comment keeps the thread and its replies, without the text', async () => {
    const thread = await openThread(member);
    await call(otherMember, 'POST', `${DOC}/${thread.id}/replies`, { body: 'A reply that stays' });

    expect((await call(otherMember, 'DELETE', `/api/comments/${thread.id}`)).statusCode).toBe(403);
    expect((await call(member, 'DELETE', `/api/comments/${thread.id}`)).statusCode).toBe(204);

    const [kept] = await list(member);
    expect(kept?.comments[0]).toMatchObject({ body: '', mentions: [] });
    expect(kept?.comments[0]?.deletedAt).not.toBeNull();
    expect(kept?.comments[1]?.body).toBe('A reply that stays');
    expect((await call(member, 'PATCH', `/api/comments/${thread.id}`, { body: 'back' })).statusCode).toBe(409);
  });

  it('a coordinator may delete anyone’s comment', async () => {
    const thread = await openThread(member);
    await call(otherMember, 'POST', `${DOC}/${thread.id}/replies`, { body: 'A reply that stays' });
    expect((await call(coordinator, 'DELETE', `/api/comments/${thread.id}`)).statusCode).toBe(204);
    expect((await list(member))[0]?.comments[0]?.deletedAt).not.toBeNull();
  });

  it('a thread whose only comment was deleted is no longer listed, open or resolved', async () => {
    const gone = await openThread(member, 'Posted by mistake');
    const kept = await openThread(otherMember, 'Still a question');
    expect((await call(member, 'DELETE', `/api/comments/${gone.id}`)).statusCode).toBe(204);

    expect((await list(observer)).map((thread) => thread.id)).toEqual([kept.id]);
  });

  it('resolves and reopens a thread', async () => {
    const thread = await openThread(member);
    const resolved = await call(otherMember, 'POST', `/api/comments/${thread.id}/resolve`);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(commentThreadSchema.parse(resolved.json())).toMatchObject({ resolvedBy: otherMember.id });

    const reopened = await call(member, 'POST', `/api/comments/${thread.id}/reopen`);
    expect(commentThreadSchema.parse(reopened.json())).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  it('mentions only members of the city', async () => {
    const ok = await call(member, 'POST', DOC, { anchor: someTextAnchor(), body: '@Carla Member look', mentions: [otherMember.id] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(commentThreadSchema.parse(ok.json()).comments[0]?.mentions).toEqual([otherMember.id]);

    const outside = await call(member, 'POST', DOC, { anchor: someTextAnchor(), body: '@Enzo look', mentions: [outsider.id] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe('mentions');
  });

  it('a reply must go to a thread of the same document', async () => {
    const thread = await openThread(member);
    const crossed = await call(member, 'POST', `/api/documents/iap.enguera/comments/${thread.id}/replies`, { body: 'x' });
    expect(crossed.statusCode).toBe(404);
    const unknown = await call(member, 'POST', `${DOC}/no-such-thread/replies`, { body: 'x' });
    expect(unknown.statusCode).toBe(404);
  });

  it('stores the body as plain text, markup included, exactly as written', async () => {
    const body = '<img src=x onerror="alert(1)"> & <b>bold</b>';
    const thread = await openThread(member, body);
    expect(thread.comments[0]?.body).toBe(body);
  });
});
