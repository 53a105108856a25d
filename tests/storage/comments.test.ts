import { describe, expect, it } from 'vitest';
import type { NewThread } from '@iap/server/comments/CommentRepository';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { AT, people } from './rows.js';

const at = (ms: number) => new Date(T0 + ms).toISOString();

const thread = (id: string, overrides: Partial<NewThread> = {}): NewThread => ({
  id,
  documentName: 'iap:porto',
  citySlug: 'porto',
  anchor: { kind: 'text', start: 'c3RhcnQ=', end: 'ZW5k', quote: 'the quoted text' },
  authorId: 'ana',
  body: `opening ${id}`,
  mentions: [],
  at: AT,
  ...overrides,
});

describe.each(ENGINES)('CommentRepository on %s', (name) => {
  const engine = useEngine(name);

  it('a thread and its first comment are written together and read back with the author names', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { comments } = engine().storage;
    await comments.createThread(thread('t1', { mentions: ['bo'] }));
    expect(await comments.findThread('t1')).toEqual({
      id: 't1',
      documentName: 'iap:porto',
      citySlug: 'porto',
      anchor: { kind: 'text', start: 'c3RhcnQ=', end: 'ZW5k', quote: 'the quoted text' },
      createdAt: AT,
      createdBy: 'ana',
      resolvedAt: null,
      resolvedBy: null,
      comments: [
        { id: 't1', threadId: 't1', authorId: 'ana', authorName: 'ana', body: 'opening t1', mentions: ['bo'], createdAt: AT, editedAt: null, deletedAt: null },
      ],
    });
    expect(await comments.findComment('t1')).toMatchObject({ threadId: 't1', documentName: 'iap:porto', citySlug: 'porto', comment: { body: 'opening t1' } });
    expect(await comments.findThread('none')).toBeNull();
    expect(await comments.findComment('none')).toBeNull();
  });

  it('a thread whose first comment cannot be written is not written either', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { comments } = engine().storage;
    await comments.createThread(thread('t1'));
    // The first comment's id is the thread's: a second thread t2 whose comment id clashes fails whole.
    await comments.insertComment({ id: 't2', threadId: 't1', authorId: 'ana', body: 'reply', mentions: [], at: AT });
    await expect(comments.createThread(thread('t2'))).rejects.toThrow();
    expect(await comments.findThread('t2')).toBeNull();
  });

  it('listDocument gives threads and comments oldest first (insertion order within one instant), leaving out threads with nothing left', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { comments } = engine().storage;
    await comments.createThread(thread('z-first', { anchor: { kind: 'action', actionId: 'act-1' } }));
    await comments.createThread(thread('a-second'));
    await comments.createThread(thread('gone'));
    await comments.createThread(thread('other-doc', { documentName: 'iap:turku' }));
    for (const id of ['r-3', 'r-1', 'r-2']) await comments.insertComment({ id, threadId: 'z-first', authorId: 'bo', body: id, mentions: [], at: at(1_000) });
    await comments.softDelete('gone', at(2_000));
    const listed = await comments.listDocument('iap:porto');
    expect(listed.map((listedThread) => [listedThread.id, listedThread.comments.map((comment) => comment.id)])).toEqual([
      ['z-first', ['z-first', 'r-3', 'r-1', 'r-2']],
      ['a-second', ['a-second']],
    ]);
    expect(listed[0]?.anchor).toEqual({ kind: 'action', actionId: 'act-1' });
  });

  it('edit and softDelete change a live comment once; participants include the authors of deleted comments', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member', cy: 'member' });
    const { comments } = engine().storage;
    await comments.createThread(thread('t1'));
    await comments.insertComment({ id: 'c-bo', threadId: 't1', authorId: 'bo', body: 'hello', mentions: [], at: at(1) });
    await comments.insertComment({ id: 'c-bo2', threadId: 't1', authorId: 'bo', body: 'again', mentions: [], at: at(2) });
    await comments.insertComment({ id: 'c-cy', threadId: 't1', authorId: 'cy', body: 'hi', mentions: [], at: at(3) });
    expect(await comments.edit('c-bo', 'hello @cy', ['cy'], at(10))).toBe(true);
    expect(await comments.softDelete('c-cy', at(11))).toBe(true);
    expect(await comments.softDelete('c-cy', at(12))).toBe(false);
    expect(await comments.edit('c-cy', 'back', [], at(13))).toBe(false);
    expect(await comments.edit('none', 'x', [], at(13))).toBe(false);
    const found = await comments.findThread('t1');
    expect(found?.comments.map((comment) => [comment.id, comment.body, comment.mentions, comment.editedAt, comment.deletedAt])).toEqual([
      ['t1', 'opening t1', [], null, null],
      ['c-bo', 'hello @cy', ['cy'], at(10), null],
      ['c-bo2', 'again', [], null, null],
      ['c-cy', '', [], null, at(11)],
    ]);
    expect((await comments.participantsOf('t1')).sort()).toEqual(['ana', 'bo', 'cy']);
    await expect(comments.insertComment({ id: 'x', threadId: 'none', authorId: 'bo', body: 'x', mentions: [], at: AT })).rejects.toThrow();
  });

  it('setResolved resolves and reopens', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { comments } = engine().storage;
    await comments.createThread(thread('t1'));
    await comments.setResolved('t1', 'bo', at(5));
    expect(await comments.findThread('t1')).toMatchObject({ resolvedAt: at(5), resolvedBy: 'bo' });
    await comments.setResolved('t1', null, null);
    expect(await comments.findThread('t1')).toMatchObject({ resolvedAt: null, resolvedBy: null });
    await comments.setResolved('none', 'bo', at(6));
  });
});
