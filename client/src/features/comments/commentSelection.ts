import type { CommentAnchor } from '@iap/shared';

/**
 * What the comments panel shows, owned by the page around it (the IAP workspace's store) so
 * that an action card, a highlight or a notification can steer the panel.
 */
export interface CommentSelection {
  /** The anchor of a thread being written, set by "Comment" on a selection or an action. */
  pending: CommentAnchor | null;
  /** Only the threads of this action, when set from an action card. */
  actionFilter: string | null;
  activeThreadId: string | null;
}

/** What the panel itself may change in its selection. */
export interface CommentSelectionActions {
  setPending(anchor: CommentAnchor | null): void;
  clearActionFilter(): void;
  setActiveThread(threadId: string): void;
}
