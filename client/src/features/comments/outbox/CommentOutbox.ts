import * as z from 'zod/mini';
import { commentAnchorSchema } from '@iap/shared';
import { ApiRequestError, ClientErrorCode } from '../../../api/ApiRequestError';

/**
 * A comment to post: a new thread on `anchor`, or a reply in `threadId`. `id` is the comment's
 * id, picked here once: sent again after a lost answer, the server returns the comment it made.
 */
const commentDraftSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('thread'), id: z.uuid(), anchor: commentAnchorSchema, body: z.string(), mentions: z.array(z.string()) }),
  z.object({ kind: z.literal('reply'), id: z.uuid(), threadId: z.string(), body: z.string(), mentions: z.array(z.string()) }),
]);
export type CommentDraft = z.infer<typeof commentDraftSchema>;
/** What a composer hands over: a draft before it has its id. */
export type NewCommentDraft = CommentDraft extends infer Draft ? (Draft extends unknown ? Omit<Draft, 'id'> : never) : never;

const outboxItemSchema = z.object({
  /** The draft's comment id. */
  id: z.string(),
  draft: commentDraftSchema,
  createdAt: z.string(),
  /** `refused`: the server answered no (the thread is gone, the role changed); kept until discarded. */
  state: z.enum(['waiting', 'sending', 'refused']),
  /** The refusal's code (ErrorCode), for a sentence in the person's language. */
  refusedCode: z.optional(z.string()),
  /** When a tab started sending it: another tab of the same plan leaves it alone for a while. */
  claimedAt: z.optional(z.number()),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** Posts a draft; resolves to the new thread's id (or the reply's thread id). */
export type SendDraft = (draft: CommentDraft) => Promise<{ threadId: string }>;

export type PostResult = { status: 'posted'; threadId: string } | { status: 'queued' };

/** A claim older than this is a tab that closed mid-send: the draft is anyone's again. */
const CLAIM_MS = 30_000;
/** How often waiting drafts are retried while the browser believes it is online (the server may be down). */
const RETRY_MS = 5_000;

/**
 * The comments of one plan written while the connection is down: kept in memory and in
 * localStorage (so a reload keeps them), sent in order once the connection is back. State
 * lives here, outside React; components read it with useSyncExternalStore.
 */
export class CommentOutbox {
  private items: OutboxItem[];
  private readonly listeners = new Set<() => void>();
  private readonly postedListeners = new Set<(threadId: string) => void>();
  private flushing = false;
  private retryTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly storageKey: string,
    private readonly send: SendDraft,
  ) {
    this.items = this.load();
    window.addEventListener('online', () => void this.flush());
    // Another tab of the same plan queued or sent a draft.
    window.addEventListener('storage', (event) => {
      if (event.key !== this.storageKey) return;
      this.items = this.load();
      this.changed(false);
    });
    this.scheduleRetry();
    void this.flush();
  }

  /** The current drafts; a new array after every change, for useSyncExternalStore. */
  readonly snapshot = (): readonly OutboxItem[] => this.items;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `listener` with the thread of every queued draft that got posted. */
  onPosted(listener: (threadId: string) => void): () => void {
    this.postedListeners.add(listener);
    return () => this.postedListeners.delete(listener);
  }

  /**
   * Posts at once when it can. Without a connection (offline, or no answer) the draft is
   * queued and this resolves `queued`; a refusal from the server is thrown, as a direct post would.
   */
  async post(newDraft: NewCommentDraft): Promise<PostResult> {
    const draft = { ...newDraft, id: crypto.randomUUID() } as CommentDraft;
    if (navigator.onLine && !this.items.some((item) => item.state !== 'refused')) {
      try {
        return { status: 'posted', ...(await this.send(draft)) };
      } catch (error) {
        if (!isConnectionFailure(error)) throw error;
      }
    }
    // Behind drafts already waiting, too: comments keep the order they were written in.
    this.items = [...this.items, { id: draft.id, draft, createdAt: new Date().toISOString(), state: 'waiting' }];
    this.changed(true);
    this.scheduleRetry();
    if (navigator.onLine) void this.flush();
    return { status: 'queued' };
  }

  discard(id: string): void {
    this.items = this.items.filter((item) => item.id !== id);
    this.changed(true);
  }

  /** Sends the waiting drafts in order; stops at the first that finds no connection. */
  async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      this.items = this.load();
      for (const item of this.items) {
        if (item.state === 'refused' || (item.claimedAt !== undefined && Date.now() - item.claimedAt < CLAIM_MS)) continue;
        this.update(item.id, { state: 'sending', claimedAt: Date.now() });
        try {
          const { threadId } = await this.send(item.draft);
          this.items = this.items.filter((candidate) => candidate.id !== item.id);
          this.changed(true);
          for (const listener of this.postedListeners) listener(threadId);
        } catch (error) {
          const connectionLost = isConnectionFailure(error);
          this.update(item.id, connectionLost ? { state: 'waiting', claimedAt: undefined } : { state: 'refused', refusedCode: codeOf(error) });
          if (connectionLost) break;
        }
      }
    } finally {
      this.flushing = false;
      this.scheduleRetry();
    }
  }

  private update(id: string, change: Partial<OutboxItem>): void {
    this.items = this.items.map((item) => (item.id === id ? { ...item, ...change } : item));
    this.changed(true);
  }

  private changed(persist: boolean): void {
    if (persist) this.save();
    for (const listener of this.listeners) listener();
  }

  /** Retries on a timer only while something waits: the online event alone misses a server that was down. */
  private scheduleRetry(): void {
    const waiting = this.items.some((item) => item.state !== 'refused');
    if (waiting && !this.retryTimer) this.retryTimer = setInterval(() => void this.flush(), RETRY_MS);
    if (!waiting && this.retryTimer) {
      clearInterval(this.retryTimer);
      this.retryTimer = null;
    }
  }

  /** What storage holds, checked: an entry from an older version or another hand is dropped. */
  private load(): OutboxItem[] {
    try {
      const parsed = z.array(outboxItemSchema).safeParse(JSON.parse(localStorage.getItem(this.storageKey) ?? '[]'));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.items.length === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify(this.items));
    } catch {
      // Storage full or blocked (private mode): the drafts still wait in memory.
    }
  }
}

function isConnectionFailure(error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === ClientErrorCode.network;
}

function codeOf(error: unknown): string {
  return error instanceof ApiRequestError ? error.code : 'internal';
}
