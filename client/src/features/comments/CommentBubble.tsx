import { useTranslation } from 'react-i18next';
import { BubbleMenu } from '@tiptap/react/menus';
import type { Editor } from '@tiptap/react';
import { Button } from '@mantine/core';

interface CommentBubbleProps {
  editor: Editor;
  /** Comments on the editor's selection. */
  onComment: () => void;
}

/**
 * The "Comment" button that floats over a text selection, for those who may comment. Loaded
 * lazily (IapWorkspace): it imports only Tiptap's bubble menu, so the plan's own modules stay
 * in the document's chunk.
 */
export function CommentBubble({ editor, onComment }: CommentBubbleProps) {
  const { t } = useTranslation();
  return (
    <BubbleMenu editor={editor} className="iap-comment-bubble">
      <Button size="xs" onClick={onComment}>
        {t('comments.comment')}
      </Button>
    </BubbleMenu>
  );
}
