import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from './workspaceStore';

describe('the IAP workspace store', () => {
  it('starting a comment sets its anchor, clears the action filter and opens the comments', () => {
    const store = createWorkspaceStore();
    store.showActionThreads('act-1', true);
    store.closeComments();
    store.startComment({ kind: 'action', actionId: 'act-2' });
    expect(store.getState()).toMatchObject({ pending: { kind: 'action', actionId: 'act-2' }, actionFilter: null, commentsOpen: true });
  });

  it("showing an action's threads filters to it and starts a thread only when it has none", () => {
    const store = createWorkspaceStore();
    store.showActionThreads('act-1', true);
    expect(store.getState()).toMatchObject({ actionFilter: 'act-1', pending: null, commentsOpen: true });
    store.showActionThreads('act-2', false);
    expect(store.getState()).toMatchObject({ actionFilter: 'act-2', pending: { kind: 'action', actionId: 'act-2' } });
  });

  it('a linked thread opens unfiltered; a clicked highlight keeps the filter', () => {
    const store = createWorkspaceStore();
    store.showActionThreads('act-1', true);
    store.openThread('t-1');
    expect(store.getState()).toMatchObject({ activeThreadId: 't-1', actionFilter: 'act-1' });
    store.openLinkedThread('t-2');
    expect(store.getState()).toMatchObject({ activeThreadId: 't-2', actionFilter: null, commentsOpen: true });
  });

  it('tells its listeners of each change, once', () => {
    const store = createWorkspaceStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.openOutline();
    store.closeOutline();
    unsubscribe();
    store.openOutline();
    expect(calls).toBe(2);
  });
});
