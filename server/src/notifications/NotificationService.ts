import { randomUUID } from 'node:crypto';
import type { NotificationKind, Principal } from '@iap/shared';
import { can } from '../access/policy.js';
import type { NotificationListeners } from './NotificationListeners.js';
import type { NewNotification, NotificationStore } from './NotificationStore.js';

/** A comment just posted (or edited), as the notifications need it. */
export interface WrittenComment {
  commentId: string;
  threadId: string;
  citySlug: string;
  authorId: string;
  /** Those the comment @mentions (for an edit: only those the edit added). */
  mentions: readonly string[];
  /** Everyone who wrote in the thread, told of a reply; empty for a new thread or an edit. */
  participants: readonly string[];
  at: string;
}

/** How the service learns someone's roles today (the account directory). */
export interface PrincipalSource {
  load(userId: string): Promise<{ principal: Principal } | null>;
}

/**
 * Turns written comments into notifications and tells the recipients' open streams. Built once
 * by buildApp; the comment routes call it after their write is committed.
 */
export class NotificationService {
  constructor(
    private readonly store: NotificationStore,
    private readonly principals: PrincipalSource,
    readonly listeners: NotificationListeners,
    private readonly cities: { list(): Promise<{ slug: string }[]> },
  ) {}

  get notifications(): NotificationStore {
    return this.store;
  }

  /**
   * Notifies the people a comment mentions and the others who wrote in its thread. Never its
   * author, and nobody who cannot read the plan now (a disabled account, a member who left):
   * a notification would show them words of a plan they may not see.
   */
  async commentWritten(comment: WrittenComment): Promise<void> {
    const kinds = new Map<string, NotificationKind>();
    for (const userId of comment.participants) kinds.set(userId, 'reply');
    // A reply that also names someone is one notification, the more specific one.
    for (const userId of comment.mentions) kinds.set(userId, 'mention');
    kinds.delete(comment.authorId);
    const readers = await Promise.all([...kinds].map(async (entry) => ((await this.canRead(entry[0], comment.citySlug)) ? [entry] : [])));
    const rows: NewNotification[] = readers
      .flat()
      .map(([recipientId, kind]) => ({
        id: randomUUID(),
        recipientId,
        kind,
        commentId: comment.commentId,
        threadId: comment.threadId,
        actorId: comment.authorId,
        createdAt: comment.at,
      }));
    if (rows.length === 0) return;
    this.listeners.notify(await this.store.add(rows));
  }

  /** The cities whose plans `principal` may read now: the only ones whose notifications it sees. */
  async readableCities(principal: Principal): Promise<string[]> {
    return (await this.cities.list()).flatMap((city) => (can(principal, 'iap.read', city.slug) ? [city.slug] : []));
  }

  private async canRead(userId: string, citySlug: string): Promise<boolean> {
    const account = await this.principals.load(userId);
    return account !== null && can(account.principal, 'iap.read', citySlug);
  }
}
