import type { Comment, CommentAnchor, CommentThread } from '@iap/shared';

/** A comment with the document and city of its thread, for access checks. */
export interface CommentLocation {
  comment: Comment;
  threadId: string;
  documentName: string;
  citySlug: string;
}

export interface NewThread {
  /** Also the id of the thread's first comment. */
  id: string;
  documentName: string;
  citySlug: string;
  anchor: CommentAnchor;
  authorId: string;
  body: string;
  mentions: string[];
  at: string;
}

export interface NewComment {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  mentions: string[];
  at: string;
}

/**
 * Comment threads and their comments (tables `comment_threads`, `comments`; migration 0004).
 * Mentions are stored as a JSON array of user ids (TEXT). A comment's author name is read from
 * `users` at every read. Comments are never deleted: a deleted one keeps its row without its text.
 *
 * Order: "oldest first" means by `created_at`, then by `seq` (migration 0010), a number each
 * insert takes above every existing row of its table, so two rows of the same millisecond keep
 * the order they were written in.
 */
export interface CommentRepository {
  /**
   * Every thread of a document (oldest first) with its comments (oldest first), in two queries,
   * not one per thread. A thread whose every comment is deleted is left out: nothing in it is
   * left to discuss, and it must not sit among the open threads.
   */
  listDocument(documentName: string): Promise<CommentThread[]>;
  /** The thread with all its comments (oldest first, deleted ones included) and its city, or null. */
  findThread(threadId: string): Promise<(CommentThread & { citySlug: string }) | null>;
  /** The comment (deleted or not) and where it is, or null. */
  findComment(commentId: string): Promise<CommentLocation | null>;
  /** Inserts the thread and its first comment (which shares the thread's id) in one transaction. */
  createThread(thread: NewThread): Promise<void>;
  /** Inserts a reply into an existing thread (a foreign key rejects an unknown thread). */
  insertComment(comment: NewComment): Promise<void>;
  /** Replaces body and mentions and sets `edited_at` of a comment not deleted; false (nothing written) when it is deleted or unknown. */
  edit(commentId: string, body: string, mentions: string[], at: string): Promise<boolean>;
  /** Empties body and mentions and sets `deleted_at`; false (nothing written) when already deleted or unknown. */
  softDelete(commentId: string, at: string): Promise<boolean>;
  /** Every distinct author who wrote in the thread, a deleted comment included (they took part), in no particular order. */
  participantsOf(threadId: string): Promise<string[]>;
  /** Marks the thread resolved by `userId` at `at`, or reopens it (both null). No-op for an unknown thread. */
  setResolved(threadId: string, userId: string | null, at: string | null): Promise<void>;
}
