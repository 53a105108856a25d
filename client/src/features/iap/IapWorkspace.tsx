import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import { Button, Drawer, Group } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { citySlugOfIapDocument, type CommentAnchor } from '@iap/shared';
import type { CollabSession } from '../editor/CollabSession';
import { CommentBubble } from '../comments/CommentBubble';
import { CommentsPanel } from '../comments/CommentsPanel';
import { setCommentHighlights } from '../comments/commentHighlights';
import { useCommentContext } from '../comments/useCommentContext';
import { useCommentShortcut } from '../comments/useCommentShortcut';
import { useCommentThreads } from '../comments/useCommentThreads';
import { useMarkThreadRead } from '../notifications/useMarkThreadRead';
import { useThreadFromLink } from '../notifications/useThreadFromLink';
import { usePlanCheck } from './check/usePlanCheck';
import { IapViewContext, type IapViewContextValue } from './IapViewContext';
import { PlanOutline } from './outline/PlanOutline';
import { usePublishSection, useSectionPresence } from './outline/sectionPresence';
import { usePlanData } from './plan/usePlanData';
import './iap.css';

interface IapWorkspaceProps {
  editor: Editor;
  session: CollabSession;
  /** The editor itself. */
  children: ReactNode;
}

/**
 * A city's IAP around its editor: the outline of the nine sections (completeness, logic
 * flags, who is where) and the comments panel. Side by side on a wide screen, in drawers
 * on a phone.
 */
export function IapWorkspace({ editor, session, children }: IapWorkspaceProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 75em)', true);
  const citySlug = citySlugOfIapDocument(session.name) ?? '';
  const awareness = session.provider.awareness;
  const plan = usePlanData(session.doc);
  const { check, positions } = usePlanCheck(editor, session.doc);
  const { threads, error } = useCommentThreads(session);
  usePublishSection(editor, awareness);
  const presence = useSectionPresence(awareness);

  const [pending, setPending] = useState<CommentAnchor | null>(null);
  const [actionFilter, setActionFilter] = useState<string | null>(null);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const [commentsOpen, setCommentsOpen] = useState(false);
  // A notification links to a thread: open the panel at it. Seeing a thread reads its notifications.
  useThreadFromLink(threads, (threadId) => {
    setActiveThreadId(threadId);
    setActionFilter(null);
    setCommentsOpen(true);
  });
  useMarkThreadRead(activeThreadId);

  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(setCommentHighlights(editor.state, threads, activeThreadId));
  }, [editor, threads, activeThreadId]);

  // Clicking highlighted text opens its thread.
  useEffect(() => {
    const dom = editor.view.dom;
    const onClick = (event: MouseEvent): void => {
      const marked = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-thread-id]');
      if (!marked?.dataset.threadId) return;
      setActiveThreadId(marked.dataset.threadId);
      setCommentsOpen(true);
    };
    dom.addEventListener('click', onClick);
    return () => dom.removeEventListener('click', onClick);
  }, [editor]);

  const view = useMemo<IapViewContextValue>(() => {
    const openThreadsByAction = new Map<string, number>();
    for (const thread of threads) {
      if (thread.anchor.kind !== 'action' || thread.resolvedAt) continue;
      openThreadsByAction.set(thread.anchor.actionId, (openThreadsByAction.get(thread.anchor.actionId) ?? 0) + 1);
    }
    return {
      citySlug,
      openThreadsByAction,
      showActionComments: (actionId) => {
        setActionFilter(actionId);
        if (!threads.some((thread) => thread.anchor.kind === 'action' && thread.anchor.actionId === actionId)) {
          setPending({ kind: 'action', actionId });
        }
        setCommentsOpen(true);
      },
    };
  }, [citySlug, threads]);

  const startComment = useCallback((anchor: CommentAnchor): void => {
    setPending(anchor);
    setActionFilter(null);
    setCommentsOpen(true);
  }, []);
  const { canComment } = useCommentContext(citySlug);
  useCommentShortcut(editor, canComment, startComment);

  const itemLabel = (itemId: string): string | null => {
    const action = plan.actions.findIndex((candidate) => candidate.id === itemId);
    if (action >= 0) return `A${action + 1}`;
    const objective = plan.objectives.findIndex((candidate) => candidate.id === itemId);
    return objective >= 0 ? `O${objective + 1}` : null;
  };

  const outline = (
    <PlanOutline
      editor={editor}
      check={check}
      positions={positions}
      presence={presence}
      itemLabel={itemLabel}
      onJump={() => setOutlineOpen(false)}
    />
  );
  const comments = (
    <CommentsPanel
      withTitle={wide}
      editor={editor}
      documentName={session.name}
      threads={threads}
      loadError={error}
      citySlug={citySlug}
      actions={plan.actions}
      pending={pending}
      onPendingChange={setPending}
      actionFilter={actionFilter}
      onActionFilterChange={setActionFilter}
      activeThreadId={activeThreadId}
      onActiveThreadChange={setActiveThreadId}
    />
  );
  const openThreads = threads.filter((thread) => thread.resolvedAt === null).length;

  return (
    <IapViewContext.Provider value={view}>
      <CommentBubble editor={editor} citySlug={citySlug} onComment={startComment} />
      {wide ? (
        <div className="iap-workspace">
          <aside className="iap-workspace__outline">{outline}</aside>
          <div className="iap-workspace__editor">{children}</div>
          <aside className="iap-workspace__comments" aria-labelledby="iap-comments-title">
            {comments}
          </aside>
        </div>
      ) : (
        <>
          <Group gap="xs" mb="xs" className="iap-workspace__bar">
            <Button variant="default" size="xs" onClick={() => setOutlineOpen(true)}>
              {t('iap.outline.open', { percent: check.completeness })}
            </Button>
            <Button variant="default" size="xs" onClick={() => setCommentsOpen(true)}>
              {t('comments.open', { count: openThreads })}
            </Button>
          </Group>
          {children}
          <Drawer opened={outlineOpen} onClose={() => setOutlineOpen(false)} title={t('iap.outline.label')} size="sm" closeButtonProps={{ 'aria-label': t('iap.close') }}>
            {outline}
          </Drawer>
          <Drawer
            opened={commentsOpen}
            onClose={() => setCommentsOpen(false)}
            position="right"
            size="md"
            withCloseButton
            closeButtonProps={{ 'aria-label': t('iap.close') }}
            title={t('comments.title')}
          >
            {comments}
          </Drawer>
        </>
      )}
    </IapViewContext.Provider>
  );
}
