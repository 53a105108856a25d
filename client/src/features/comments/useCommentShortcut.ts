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
      const anchor = anchorOfSelection(editor.state);
      if (!anchor) return;
      event.preventDefault();
      onComment(anchor);
    };
    dom.addEventListener('keydown', onKeyDown);
    return () => dom.removeEventListener('keydown', onKeyDown);
  }, [editor, enabled, onComment]);
}
