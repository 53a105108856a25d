import type { EditorState } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
  type ProsemirrorBinding,
} from '@tiptap/y-tiptap';
import { COMMENT_LIMITS, type CommentAnchor } from '@iap/shared';

type TextAnchor = Extract<CommentAnchor, { kind: 'text' }>;

function bindingOf(state: EditorState): ProsemirrorBinding | null {
  const sync = ySyncPluginKey.getState(state) as { binding?: ProsemirrorBinding | null } | undefined;
  return sync?.binding ?? null;
}

/**
 * The selection as a text anchor: two Yjs relative positions, which keep pointing at the
 * same characters however the text around them changes. Null without a text selection.
 */
export function anchorOfSelection(state: EditorState): TextAnchor | null {
  const { from, to, empty } = state.selection;
  const binding = bindingOf(state);
  if (empty || !binding) return null;
  const encode = (pos: number): string =>
    toBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(pos, binding.type, binding.mapping) as Y.RelativePosition));
  const quote = state.doc.textBetween(from, to, ' ').slice(0, COMMENT_LIMITS.quoteLength);
  if (quote.trim().length === 0) return null;
  return { kind: 'text', start: encode(from), end: encode(to), quote };
}

/**
 * Where a text anchor is in the editor now, or null once it is detached: its text was
 * deleted (both ends meet) or its paragraph is gone (the positions no longer resolve).
 */
export function rangeOfAnchor(state: EditorState, anchor: TextAnchor): { from: number; to: number } | null {
  const binding = bindingOf(state);
  if (!binding) return null;
  const resolve = (encoded: string): number | null => {
    try {
      return relativePositionToAbsolutePosition(binding.doc, binding.type, Y.decodeRelativePosition(fromBase64(encoded)), binding.mapping);
    } catch {
      return null;
    }
  };
  const from = resolve(anchor.start);
  const to = resolve(anchor.end);
  if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
  return { from, to };
}
