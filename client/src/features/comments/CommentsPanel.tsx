import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useEditorState, type Editor } from '@tiptap/react';
import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { Action, CommentAnchor, CommentThread } from '@iap/shared';
import { CommentComposer } from './CommentComposer';
import { CommentThreadCard, type ThreadPlace } from './CommentThreadCard';
import { OutboxList } from './outbox/OutboxList';
import { outboxFor } from './outbox/useCommentOutbox';
import { anchorOfSelection, rangeOfAnchor } from './textAnchors';
import { useCommentContext } from './useCommentContext';
import { threadsQueryKey } from './useCommentThreads';

interface CommentsPanelProps {
  editor: Editor;
  documentName: string;
  threads: CommentThread[];
  loadError: Error | null;
  citySlug: string;
  actions: Action[];
  /** The anchor of a thread being written, set by "Comment" on a selection or an action. */
  pending: CommentAnchor | null;
  onPendingChange: (anchor: CommentAnchor | null) => void;
  /** Only the threads of this action, when set from an action card. */
  actionFilter: string | null;
  onActionFilterChange: (actionId: string | null) => void;
  activeThreadId: string | null;
  onActiveThreadChange: (threadId: string | null) => void;
  /** False inside a drawer whose own title already says "Comments". */
  withTitle: boolean;
}

/** The comments side panel: new thread, open and resolved threads, replies. */
export function CommentsPanel(props: CommentsPanelProps) {
  const { editor, documentName, threads, actions, pending, actionFilter } = props;
  const { t } = useTranslation();
  const context = useCommentContext(props.citySlug);
  const queryClient = useQueryClient();
  const [show, setShow] = useState<'open' | 'resolved'>('open');
  // A thread opened from elsewhere (a notification, its highlight) is shown, resolved or not:
  // switch the list to its kind whenever another thread becomes the active one.
  const [shownThreadId, setShownThreadId] = useState(props.activeThreadId);
  if (props.activeThreadId !== shownThreadId) {
    setShownThreadId(props.activeThreadId);
    const active = threads.find((thread) => thread.id === props.activeThreadId);
    if (active) setShow(active.resolvedAt === null ? 'open' : 'resolved');
  }
  const refetch = (): void => void queryClient.invalidateQueries({ queryKey: threadsQueryKey(documentName) });
  // Comments written without a connection wait here and go out when it is back.
  const outbox = context.userId ? outboxFor(context.userId, documentName) : null;
  useEffect(
    () => outbox?.onPosted(() => void queryClient.invalidateQueries({ queryKey: threadsQueryKey(documentName) })),
    [outbox, queryClient, documentName],
  );

  const actionLabel = (actionId: string): string | null => {
    const index = actions.findIndex((action) => action.id === actionId);
    return index < 0 ? null : `A${index + 1} · ${actions[index]?.title ?? ''}`;
  };
  // Re-derived on every editor change: anchors move and detach as people type.
  const places = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      new Map<string, ThreadPlace>(
        threads.map((thread) => [
          thread.id,
          thread.anchor.kind === 'text'
            ? { attached: rangeOfAnchor(current.state, thread.anchor) !== null, actionLabel: null }
            : { attached: actions.some((action) => action.id === (thread.anchor as { actionId: string }).actionId), actionLabel: actionLabel(thread.anchor.actionId) },
        ]),
      ),
    equalityFn: (a, b) => JSON.stringify([...(a ?? [])]) === JSON.stringify([...(b ?? [])]),
  });
  const hasSelection = useEditorState({ editor, selector: ({ editor: current }) => anchorOfSelection(current.state) !== null });

  const visible = threads.filter(
    (thread) =>
      (thread.resolvedAt === null) === (show === 'open') &&
      (!actionFilter || (thread.anchor.kind === 'action' && thread.anchor.actionId === actionFilter)),
  );
  const openCount = threads.filter((thread) => thread.resolvedAt === null).length;

  useEffect(() => {
    if (!props.activeThreadId) return;
    document.querySelector(`.iap-comments [data-thread-id="${CSS.escape(props.activeThreadId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [props.activeThreadId]);

  const select = (thread: CommentThread): void => {
    props.onActiveThreadChange(thread.id);
    if (thread.anchor.kind === 'text') {
      const range = rangeOfAnchor(editor.state, thread.anchor);
      if (range) editor.chain().setTextSelection(range).scrollIntoView().run();
    } else {
      document.querySelector(`[data-action-id="${thread.anchor.actionId}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };

  return (
    <Stack gap="sm" className="iap-comments">
      <Group justify="space-between" align="center">
        {props.withTitle && (
          <Title order={2} size="h4" id="iap-comments-title">
            {t('comments.title')}
          </Title>
        )}
        {context.canComment && (
          // Not "light": its pressed and hover tints left the blue label at 4:1.
          <Button
            size="xs"
            variant="default"
            disabled={!hasSelection}
            aria-keyshortcuts="Control+Alt+M"
            title={t('comments.commentShortcut')}
            onClick={() => props.onPendingChange(anchorOfSelection(editor.state))}
          >
            {t('comments.commentOnSelection')}
          </Button>
        )}
      </Group>
      {props.loadError && <Alert color="red" title={t('comments.errors.load')} />}
      {pending && (
        <Stack gap={4} className="iap-thread iap-thread--new">
          <Text size="xs" c="gray.7">
            {pending.kind === 'text' ? t('comments.newOnText', { quote: pending.quote }) : t('comments.newOnAction', { action: actionLabel(pending.actionId) ?? '' })}
          </Text>
          <CommentComposer
            label={t('comments.newLabel')}
            submitLabel={t('comments.post')}
            members={context.members}
            autoFocus
            onSubmit={async (input) => {
              if (!outbox) throw new Error('The account is not loaded yet');
              const result = await outbox.post({ kind: 'thread', anchor: pending, ...input });
              if (result.status === 'posted') props.onActiveThreadChange(result.threadId);
              refetch();
            }}
            onCancel={() => props.onPendingChange(null)}
          />
        </Stack>
      )}
      {outbox && <OutboxList outbox={outbox} />}
      {actionFilter && (
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('comments.filteredToAction', { action: actionLabel(actionFilter) ?? '' })}</Text>
          <Group gap="xs">
            {context.canComment && !pending && (
              <Button size="compact-xs" variant="light" onClick={() => props.onPendingChange({ kind: 'action', actionId: actionFilter })}>
                {t('comments.newOnThisAction')}
              </Button>
            )}
            <Button size="compact-xs" variant="default" onClick={() => props.onActionFilterChange(null)}>
              {t('comments.showAll')}
            </Button>
          </Group>
        </Group>
      )}
      <SegmentedControl
        size="xs"
        value={show}
        onChange={(value) => setShow(value === 'resolved' ? 'resolved' : 'open')}
        data={[
          { value: 'open', label: t('comments.openCount', { count: openCount }) },
          { value: 'resolved', label: t('comments.resolvedCount', { count: threads.length - openCount }) },
        ]}
        aria-label={t('comments.filterLabel')}
      />
      {visible.length === 0 && (
        <Text size="sm" c="gray.7">
          {show === 'open' ? t('comments.noneOpen') : t('comments.noneResolved')}
        </Text>
      )}
      {visible.map((thread) => (
        <CommentThreadCard
          key={thread.id}
          thread={thread}
          place={places.get(thread.id) ?? { attached: false, actionLabel: null }}
          active={thread.id === props.activeThreadId}
          userId={context.userId}
          canComment={context.canComment}
          canModerate={context.canModerate}
          members={context.members}
          onSelect={() => select(thread)}
          onChanged={refetch}
        />
      ))}
    </Stack>
  );
}
