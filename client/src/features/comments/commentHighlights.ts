import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { CommentThread } from '@iap/shared';
import { rangeOfAnchor } from './textAnchors';

interface HighlightState {
  threads: readonly CommentThread[];
  activeThreadId: string | null;
  decorations: DecorationSet;
}

const highlightKey = new PluginKey<HighlightState>('iapCommentHighlights');

function decorate(state: EditorState, threads: readonly CommentThread[], activeThreadId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    if (thread.anchor.kind !== 'text' || thread.resolvedAt) continue;
    const range = rangeOfAnchor(state, thread.anchor);
    if (!range) continue;
    const active = thread.id === activeThreadId;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: active ? 'iap-comment-anchor iap-comment-anchor--active' : 'iap-comment-anchor',
        'data-thread-id': thread.id,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Sets the threads to highlight, and which one is selected in the comments panel. */
export function setCommentHighlights(state: EditorState, threads: readonly CommentThread[], activeThreadId: string | null) {
  return state.tr.setMeta(highlightKey, { threads, activeThreadId }).setMeta('addToHistory', false);
}

/**
 * Marks the text of each open thread. Positions are recomputed from the threads' Yjs
 * relative positions when the threads change or a change arrives through Yjs; local edits
 * only map the existing marks (Yjs positions are updated after the local transaction).
 */
export const CommentHighlights = Extension.create({
  name: 'iapCommentHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: highlightKey,
        state: {
          init: () => ({ threads: [], activeThreadId: null, decorations: DecorationSet.empty }),
          apply: (tr, previous, _oldState, newState) => {
            const update = tr.getMeta(highlightKey) as Pick<HighlightState, 'threads' | 'activeThreadId'> | undefined;
            if (update) return { ...update, decorations: decorate(newState, update.threads, update.activeThreadId) };
            if (!tr.docChanged) return previous;
            if (tr.getMeta(ySyncPluginKey)) {
              return { ...previous, decorations: decorate(newState, previous.threads, previous.activeThreadId) };
            }
            return { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => highlightKey.getState(state)?.decorations ?? null,
        },
      }),
    ];
  },
});
