import { useTranslation } from 'react-i18next';
import { BubbleMenu } from '@tiptap/react/menus';
import type { Editor } from '@tiptap/react';
import { Button } from '@mantine/core';
import type { CommentAnchor } from '@iap/shared';
import { anchorOfSelection } from './textAnchors';
import { useCommentContext } from './useCommentContext';

interface CommentBubbleProps {
  editor: Editor;
  citySlug: string;
  onComment: (anchor: CommentAnchor) => void;
}

/** The "Comment" button that floats over a text selection, for those who may comment. */
export function CommentBubble({ editor, citySlug, onComment }: CommentBubbleProps) {
  const { t } = useTranslation();
  if (!useCommentContext(citySlug).canComment) return null;
  return (
    <BubbleMenu editor={editor} className="iap-comment-bubble">
      <Button
        size="xs"
        onClick={() => {
          const anchor = anchorOfSelection(editor.state);
          if (anchor) onComment(anchor);
        }}
      >
        {t('comments.comment')}
      </Button>
    </BubbleMenu>
  );
}
