import { useSyncExternalStore } from 'react';
import { commentsApi } from '../commentsApi';
import { CommentOutbox, type CommentDraft, type OutboxItem } from './CommentOutbox';

/** One outbox per person and plan for the whole page life: panels and drawers come and go, drafts stay. */
const outboxes = new Map<string, CommentOutbox>();

/**
 * The outbox of `userId`'s comments on `documentName`. Keyed by person too, so drafts left in a
 * shared browser are never posted under the next person's name.
 */
export function outboxFor(userId: string, documentName: string): CommentOutbox {
  const key = `iap.commentOutbox.${userId}.${documentName}`;
  let outbox = outboxes.get(key);
  if (!outbox) {
    outbox = new CommentOutbox(key, (draft) => sendDraft(documentName, draft));
    outboxes.set(key, outbox);
  }
  return outbox;
}

async function sendDraft(documentName: string, draft: CommentDraft): Promise<{ threadId: string }> {
  const { id, body, mentions } = draft;
  if (draft.kind === 'thread') {
    const thread = await commentsApi.open(documentName, { id, anchor: draft.anchor, body, mentions });
    return { threadId: thread.id };
  }
  await commentsApi.reply(documentName, draft.threadId, { id, body, mentions });
  return { threadId: draft.threadId };
}

/** The drafts of an outbox, re-rendering on every change. */
export function useOutboxItems(outbox: CommentOutbox | null): readonly OutboxItem[] {
  return useSyncExternalStore(outbox?.subscribe ?? noSubscription, outbox?.snapshot ?? noItems);
}

const EMPTY: readonly OutboxItem[] = [];
const noItems = (): readonly OutboxItem[] => EMPTY;
const noSubscription = (): (() => void) => () => undefined;
