import type { CommentAnchor } from '@iap/shared';
import type { CommentSelection, CommentSelectionActions } from '../../comments/commentSelection';

export interface WorkspaceState extends CommentSelection {
  /** The drawers of a narrow screen; a wide one shows both panels beside the editor. */
  outlineOpen: boolean;
  commentsOpen: boolean;
}

export interface WorkspaceStore extends CommentSelectionActions {
  getState(): WorkspaceState;
  subscribe(listener: () => void): () => void;
  /** "Comment" on a selection or an action: write a new thread there. */
  startComment(anchor: CommentAnchor): void;
  /** An action card's comments: its threads, or a new thread on it when it has none. */
  showActionThreads(actionId: string, hasThreads: boolean): void;
  /** A notification's link: the thread, whatever the panel was filtered to. */
  openLinkedThread(threadId: string): void;
  /** Highlighted text clicked: its thread, in the comments. */
  openThread(threadId: string): void;
  openOutline(): void;
  closeOutline(): void;
  openComments(): void;
  closeComments(): void;
}

const INITIAL: WorkspaceState = { pending: null, actionFilter: null, activeThreadId: null, outlineOpen: false, commentsOpen: false };

/**
 * The IAP workspace's state (the comment being written, the thread shown, the drawers) with the
 * actions that change it, apart from the components, as tldraw keeps its editor state: a
 * component reads the state and calls an action, and each action is one change.
 */
export function createWorkspaceStore(): WorkspaceStore {
  let state = INITIAL;
  const listeners = new Set<() => void>();
  const update = (change: Partial<WorkspaceState>): void => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    startComment: (anchor) => update({ pending: anchor, actionFilter: null, commentsOpen: true }),
    showActionThreads: (actionId, hasThreads) =>
      update({ actionFilter: actionId, commentsOpen: true, ...(hasThreads ? {} : { pending: { kind: 'action', actionId } }) }),
    openLinkedThread: (threadId) => update({ activeThreadId: threadId, actionFilter: null, commentsOpen: true }),
    openThread: (threadId) => update({ activeThreadId: threadId, commentsOpen: true }),
    setActiveThread: (threadId) => update({ activeThreadId: threadId }),
    setPending: (anchor) => update({ pending: anchor }),
    clearActionFilter: () => update({ actionFilter: null }),
    openOutline: () => update({ outlineOpen: true }),
    closeOutline: () => update({ outlineOpen: false }),
    openComments: () => update({ commentsOpen: true }),
    closeComments: () => update({ commentsOpen: false }),
  };
}
