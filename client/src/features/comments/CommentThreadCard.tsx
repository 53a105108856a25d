import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { CommentThread, Member } from '@iap/shared';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { commentsApi } from './commentsApi';
import { outboxFor } from './outbox/useCommentOutbox';

export interface ThreadPlace {
  /** False when the anchored text or action is gone: the thread stays, marked detached. */
  attached: boolean;
  /** "A3 · Festival" for a thread on an action. */
  actionLabel: string | null;
}

interface CommentThreadCardProps {
  thread: CommentThread;
  place: ThreadPlace;
  active: boolean;
  userId: string | null;
  canComment: boolean;
  canModerate: boolean;
  members: readonly Member[];
  onSelect: () => void;
  onChanged: () => void;
}

/** A thread: what it is about, its comments, a reply box, and resolve or reopen. */
export function CommentThreadCard({ thread, place, active, userId, canComment, canModerate, members, onSelect, onChanged }: CommentThreadCardProps) {
  const { t } = useTranslation();
  const anchor = thread.anchor;
  const resolved = thread.resolvedAt !== null;
  // A reply written offline waits in the plan's outbox (shown in the panel) instead of failing.
  const outbox = userId ? outboxFor(userId, thread.documentName) : null;
  const [replying, setReplying] = useState(false);

  return (
    <Paper
      component="article"
      withBorder
      p="sm"
      radius="md"
      className={active ? 'iap-thread iap-thread--active' : 'iap-thread'}
      aria-label={t('comments.threadLabel', { author: thread.comments[0]?.authorName ?? '' })}
      data-thread-id={thread.id}
    >
      <Stack gap="xs">
        <UnstyledButton onClick={onSelect} className="iap-thread__anchor" disabled={!place.attached}>
          <Group gap={6} wrap="wrap">
            {!place.attached && (
              <Badge color="gray.7" variant="filled">
                {t('comments.detached')}
              </Badge>
            )}
            {resolved && (
              <Badge color="teal.9" variant="filled">
                {t('comments.resolved')}
              </Badge>
            )}
            {anchor.kind === 'action' && (
              <Text size="xs" c="gray.7" span>
                {place.actionLabel ? t('comments.onAction', { action: place.actionLabel }) : t('comments.onRemovedAction')}
              </Text>
            )}
          </Group>
          {anchor.kind === 'text' && (
            <Text component="span" size="sm" className="iap-thread__quote">
              {anchor.quote}
            </Text>
          )}
        </UnstyledButton>
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            isOwn={comment.authorId === userId}
            canModerate={canModerate}
            members={members}
            onChanged={onChanged}
          />
        ))}
        {canComment && !resolved && replying && (
          <CommentComposer
            label={t('comments.replyLabel')}
            submitLabel={t('comments.reply')}
            members={members}
            autoFocus
            onSubmit={(input) =>
              (outbox ? outbox.post({ kind: 'reply', threadId: thread.id, ...input }) : commentsApi.reply(thread.documentName, thread.id, input)).then(onChanged)
            }
            onCancel={() => setReplying(false)}
          />
        )}
        {canComment && (
          <Group justify="flex-end" gap="xs">
            {/* A reply box opens on demand: a panel of threads is not a stack of empty boxes. */}
            {!resolved && !replying && (
              <Button
                variant="light"
                size="xs"
                onClick={() => setReplying(true)}
                aria-label={t('comments.startReplyTo', { author: thread.comments[0]?.authorName ?? '' })}
              >
                {t('comments.startReply')}
              </Button>
            )}
            <Button
              variant="default"
              size="xs"
              onClick={() => void (resolved ? commentsApi.reopen(thread.id) : commentsApi.resolve(thread.id)).then(onChanged)}
            >
              {resolved ? t('comments.reopen') : t('comments.resolve')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
