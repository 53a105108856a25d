import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Stack, Text } from '@mantine/core';
import type { Comment, Member } from '@iap/shared';
import { CommentComposer } from './CommentComposer';
import { commentsApi } from './commentsApi';
import { mentionParts } from './mentions';

interface CommentItemProps {
  comment: Comment;
  isOwn: boolean;
  canModerate: boolean;
  members: readonly Member[];
  onChanged: () => void;
}

/** One comment. Its body is shown as text, never as HTML: markup in a comment stays visible as typed. */
export function CommentItem({ comment, isOwn, canModerate, members, onChanged }: CommentItemProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(comment.createdAt));
  const deleted = comment.deletedAt !== null;

  return (
    <Stack gap={2} className="iap-comment" data-comment-id={comment.id}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={650} span>
          {comment.authorName}
        </Text>
        <Text size="xs" c="gray.7" span>
          {when}
          {comment.editedAt && !deleted ? ` · ${t('comments.edited')}` : ''}
        </Text>
      </Group>
      {deleted ? (
        <Text size="sm" c="gray.7" fs="italic">
          {t('comments.deleted')}
        </Text>
      ) : editing ? (
        <CommentComposer
          label={t('comments.editLabel')}
          submitLabel={t('comments.saveEdit')}
          members={members}
          initialBody={comment.body}
          autoFocus
          onSubmit={(input) => commentsApi.edit(comment.id, input).then(onChanged)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Text size="sm" className="iap-comment__body">
          <CommentBody body={comment.body} mentionedNames={members.filter((member) => comment.mentions.includes(member.userId)).map((member) => member.name)} />
        </Text>
      )}
      {!deleted && !editing && (isOwn || canModerate) && (
        <Group gap={4}>
          {isOwn && (
            <Button variant="subtle" size="compact-xs" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </Button>
          )}
          {confirmingDelete ? (
            <Button color="red" size="compact-xs" onClick={() => void commentsApi.remove(comment.id).then(onChanged)}>
              {t('comments.confirmDelete')}
            </Button>
          ) : (
            <Button variant="subtle" color="red" size="compact-xs" onClick={() => setConfirmingDelete(true)}>
              {t('comments.delete')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** The body as text, each mention of a person shown as a tag with their name (still text, never HTML). */
function CommentBody({ body, mentionedNames }: { body: string; mentionedNames: string[] }) {
  return mentionParts(body, mentionedNames).map((part, index) =>
    part.mention ? (
      <span key={index} className="iap-mention">
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}
