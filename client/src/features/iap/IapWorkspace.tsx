import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import { Button, Group, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { citySlugOfIapDocument } from '@iap/shared';
import { lazyUntilLoaded } from '../../app/lazyUntilLoaded';
import type { CollabSession } from '../editor/CollabSession';
import { setCommentHighlights } from '../comments/commentHighlights';
import { anchorOfSelection } from '../comments/textAnchors';
import { useCommentPermissions } from '../comments/useCommentPermissions';
import { useCommentShortcut } from '../comments/useCommentShortcut';
import { useCommentThreads } from '../comments/useCommentThreads';
import { useMarkThreadRead } from '../notifications/useMarkThreadRead';
import { useThreadFromLink } from '../notifications/useThreadFromLink';
import { IapViewContext, type IapViewContextValue } from './IapViewContext';
import { usePublishSection } from './outline/sectionPresence';
import { usePlanReadModel } from './plan/usePlanReadModel';
import { useWorkspaceStore } from './workspace/useWorkspaceStore';
import './iap.css';

// The floating "Comment" button (Tiptap's bubble menu) shows only over a selection: it loads
// just after the plan, not before its first paint.
const CommentBubble = lazy(() => import('../comments/CommentBubble').then((module) => ({ default: module.CommentBubble })));
// The comments panel and its outbox load right after the plan too: the plan is editable without
// them. A "Comment" pressed meanwhile is kept in the workspace's store and shown when they arrive.
const CommentsPanel = lazyUntilLoaded(() => import('../comments/CommentsPanel').then((module) => ({ default: module.CommentsPanel })));
const CommentOutboxSender = lazyUntilLoaded(() =>
  import('../comments/outbox/CommentOutboxSender').then((module) => ({ default: module.CommentOutboxSender })),
);
// So do the outline (its column keeps its width meanwhile) and a phone's drawers (closed at first).
const PlanOutline = lazyUntilLoaded(() => import('./outline/PlanOutline').then((module) => ({ default: module.PlanOutline })));
const WorkspaceDrawers = lazyUntilLoaded(() => import('./WorkspaceDrawers').then((module) => ({ default: module.WorkspaceDrawers })));

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
  const { items: plan, check } = usePlanReadModel(session.doc);
  const { threads, error } = useCommentThreads(session);
  // Published from the start, outline or not: the others' outlines show where this person is.
  usePublishSection(editor, awareness);

  const [state, store] = useWorkspaceStore();
  const { activeThreadId } = state;
  // A notification links to a thread: open the panel at it. Seeing a thread reads its notifications.
  useThreadFromLink(threads, store.openLinkedThread);
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
      store.openThread(marked.dataset.threadId);
    };
    dom.addEventListener('click', onClick);
    return () => dom.removeEventListener('click', onClick);
  }, [editor, store]);

  const view = useMemo<IapViewContextValue>(() => {
    const openThreadsByAction = new Map<string, number>();
    for (const thread of threads) {
      if (thread.anchor.kind !== 'action' || thread.resolvedAt) continue;
      openThreadsByAction.set(thread.anchor.actionId, (openThreadsByAction.get(thread.anchor.actionId) ?? 0) + 1);
    }
    return {
      citySlug,
      openThreadsByAction,
      showActionComments: (actionId) =>
        store.showActionThreads(
          actionId,
          threads.some((thread) => thread.anchor.kind === 'action' && thread.anchor.actionId === actionId),
        ),
    };
  }, [citySlug, threads, store]);

  const { canComment } = useCommentPermissions(citySlug);
  useCommentShortcut(editor, canComment, store.startComment);

  const itemLabel = (itemId: string): string | null => plan.references.get(itemId) ?? null;
  // "A1 · Title" for the threads on an action; an action no longer in the plan has none.
  const actionLabels = useMemo(
    () => new Map(plan.actions.map((action) => [action.id, `${plan.references.get(action.id) ?? ''} · ${action.title}`])),
    [plan],
  );

  const outline = (
    <Suspense fallback={null}>
      <PlanOutline editor={editor} session={session} check={check} itemLabel={itemLabel} onJump={store.closeOutline} />
    </Suspense>
  );
  const comments = (
    // On a wide screen the title names the panel's landmark from the start.
    <Suspense fallback={wide ? <CommentsTitle /> : null}>
      <CommentsPanel
        withTitle={wide}
        editor={editor}
        documentName={session.name}
        threads={threads}
        loadError={error}
        citySlug={citySlug}
        actionLabels={actionLabels}
        selection={state}
        selectionActions={store}
      />
    </Suspense>
  );
  const openThreads = threads.filter((thread) => thread.resolvedAt === null).length;

  return (
    <IapViewContext.Provider value={view}>
      <Suspense fallback={null}>
        <CommentOutboxSender documentName={session.name} />
      </Suspense>
      {canComment && (
        <Suspense fallback={null}>
          <CommentBubble
            editor={editor}
            onComment={() => {
              const anchor = anchorOfSelection(editor.state);
              if (anchor) store.startComment(anchor);
            }}
          />
        </Suspense>
      )}
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
            <Button variant="default" size="xs" onClick={store.openOutline}>
              {t('iap.outline.open', { percent: check.completeness })}
            </Button>
            <Button variant="default" size="xs" onClick={store.openComments}>
              {t('comments.open', { count: openThreads })}
            </Button>
          </Group>
          {children}
          <Suspense fallback={null}>
            <WorkspaceDrawers state={state} store={store} outline={outline} comments={comments} />
          </Suspense>
        </>
      )}
    </IapViewContext.Provider>
  );
}

/** Where the comments panel's title will be, while the panel loads. */
function CommentsTitle() {
  const { t } = useTranslation();
  return (
    <Title order={2} size="h4" id="iap-comments-title">
      {t('comments.title')}
    </Title>
  );
}
