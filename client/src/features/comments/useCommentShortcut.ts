import { useEffect } from 'react';
import type { Editor } from '@tiptap/react';
import type { CommentAnchor } from '@iap/shared';
import { anchorOfSelection } from './textAnchors';

/**
 * Ctrl+Alt+M (Cmd+Option+M on a Mac) comments on the selected text, as in Google Docs. The
 * key is matched by its physical place (`code`): Alt changes the character a key types.
 */
export function useCommentShortcut(editor: Editor, enabled: boolean, onComment: (anchor: CommentAnchor) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const dom = editor.view.dom;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.code !== 'KeyM' || !event.altKey || !(event.ctrlKey || event.metaKey) || event.shiftKey) return;
      // ProseMirror reads a selection made with Shift+arrows from the DOM a moment later;
      // take the one the person sees now, not the one before their last key.
      (editor.view as unknown as { domObserver?: { flush: () => void } }).domObserver?.flush();
      const anchor = anchorOfSelection(editor.state);
      if (!anchor) return;
      event.preventDefault();
      onComment(anchor);
    };
    dom.addEventListener('keydown', onKeyDown);
    return () => dom.removeEventListener('keydown', onKeyDown);
  }, [editor, enabled, onComment]);
}
