import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useEditorState, type Editor } from '@tiptap/react';
import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { CommentThread } from '@iap/shared';
import type { CommentSelection, CommentSelectionActions } from './commentSelection';
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
  /** "A1 · Title" by action id, for the plan's actions (threads on a removed action are detached). */
  actionLabels: ReadonlyMap<string, string>;
  /** The thread being written, the action filter and the thread shown: the workspace's state. */
  selection: CommentSelection;
  selectionActions: CommentSelectionActions;
  /** False inside a drawer whose own title already says "Comments". */
  withTitle: boolean;
}

/** The comments side panel: new thread, open and resolved threads, replies. */
export function CommentsPanel(props: CommentsPanelProps) {
  const { editor, documentName, threads, actionLabels, selectionActions } = props;
  const { pending, actionFilter, activeThreadId } = props.selection;
  const { t } = useTranslation();
  const context = useCommentContext(props.citySlug);
  const queryClient = useQueryClient();
  const [show, setShow] = useState<'open' | 'resolved'>('open');
  // A thread opened from elsewhere (a notification, its highlight) is shown, resolved or not:
  // switch the list to its kind whenever another thread becomes the active one.
  const [shownThreadId, setShownThreadId] = useState(activeThreadId);
  if (activeThreadId !== shownThreadId) {
    setShownThreadId(activeThreadId);
    const active = threads.find((thread) => thread.id === activeThreadId);
    if (active) setShow(active.resolvedAt === null ? 'open' : 'resolved');
  }
  const refetch = (): void => void queryClient.invalidateQueries({ queryKey: threadsQueryKey(documentName) });
  // Comments written without a connection wait here and go out when it is back (CommentOutboxSender
  // keeps the outbox going and refreshes the threads when a waiting one is posted).
  const outbox = context.userId ? outboxFor(context.userId, documentName) : null;

  // Re-derived on every editor change: anchors move and detach as people type.
  const places = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      new Map<string, ThreadPlace>(
        threads.map((thread) => [
          thread.id,
          thread.anchor.kind === 'text'
            ? { attached: rangeOfAnchor(current.state, thread.anchor) !== null, actionLabel: null }
            : { attached: actionLabels.has(thread.anchor.actionId), actionLabel: actionLabels.get(thread.anchor.actionId) ?? null },
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
    if (!activeThreadId) return;
    document.querySelector(`.iap-comments [data-thread-id="${CSS.escape(activeThreadId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeThreadId]);

  const select = (thread: CommentThread): void => {
    selectionActions.setActiveThread(thread.id);
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
            onClick={() => selectionActions.setPending(anchorOfSelection(editor.state))}
          >
            {t('comments.commentOnSelection')}
          </Button>
        )}
      </Group>
      {props.loadError && <Alert color="red" title={t('comments.errors.load')} />}
      {pending && (
        <Stack gap={4} className="iap-thread iap-thread--new">
          <Text size="xs" c="gray.7">
            {pending.kind === 'text' ? t('comments.newOnText', { quote: pending.quote }) : t('comments.newOnAction', { action: actionLabels.get(pending.actionId) ?? '' })}
          </Text>
          <CommentComposer
            label={t('comments.newLabel')}
            submitLabel={t('comments.post')}
            members={context.members}
            autoFocus
            onSubmit={async (input) => {
              if (!outbox) throw new Error('The account is not loaded yet');
              const result = await outbox.post({ kind: 'thread', anchor: pending, ...input });
              if (result.status === 'posted') selectionActions.setActiveThread(result.threadId);
              refetch();
            }}
            onCancel={() => selectionActions.setPending(null)}
          />
        </Stack>
      )}
      {outbox && <OutboxList outbox={outbox} />}
      {actionFilter && (
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('comments.filteredToAction', { action: actionLabels.get(actionFilter) ?? '' })}</Text>
          <Group gap="xs">
            {context.canComment && !pending && (
              <Button size="compact-xs" variant="light" onClick={() => selectionActions.setPending({ kind: 'action', actionId: actionFilter })}>
                {t('comments.newOnThisAction')}
              </Button>
            )}
            <Button size="compact-xs" variant="default" onClick={() => selectionActions.clearActionFilter()}>
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
          active={thread.id === activeThreadId}
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
