import type { Comment, CommentAnchor, CommentThread } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import type { CommentLocation, CommentRepository, NewComment, NewThread } from './CommentRepository.js';

export interface ThreadRow {
  id: string;
  documentName: string;
  citySlug: string;
  anchorKind: 'text' | 'action';
  anchorStart: string | null;
  anchorEnd: string | null;
  anchorQuote: string | null;
  anchorActionId: string | null;
  createdBy: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface CommentRow {
  id: string;
  threadId: string;
  authorId: string;
  authorName: string;
  body: string;
  mentions: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

const THREAD_COLUMNS = `id, document_name AS documentName, city_slug AS citySlug, anchor_kind AS anchorKind,
  anchor_start AS anchorStart, anchor_end AS anchorEnd, anchor_quote AS anchorQuote,
  anchor_action_id AS anchorActionId, created_by AS createdBy, created_at AS createdAt,
  resolved_at AS resolvedAt, resolved_by AS resolvedBy`;

const COMMENT_COLUMNS = `c.id, c.thread_id AS threadId, c.author_id AS authorId, u.name AS authorName, c.body,
  c.mentions, c.created_at AS createdAt, c.edited_at AS editedAt, c.deleted_at AS deletedAt`;

/** CommentRepository over better-sqlite3; every promise is settled when returned. */
export class SqliteCommentRepository implements CommentRepository {
  private readonly threadsOfDocument;
  private readonly commentsOfDocument;
  private readonly threadById;
  private readonly commentsOfThread;
  private readonly commentById;
  private readonly insertThreadRow;
  private readonly insertCommentRow;
  private readonly updateBody;
  private readonly markDeleted;
  private readonly updateResolution;
  private readonly authorsOfThread;
  private readonly createThreadTransaction;

  constructor(db: Db) {
    this.threadsOfDocument = db.prepare<[string], ThreadRow>(
      `SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE document_name = ? ORDER BY created_at, seq`,
    );
    this.commentsOfDocument = db.prepare<[string], CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id
       JOIN comment_threads t ON t.id = c.thread_id
       WHERE t.document_name = ? ORDER BY c.created_at, c.seq`,
    );
    this.threadById = db.prepare<[string], ThreadRow>(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE id = ?`);
    this.commentsOfThread = db.prepare<[string], CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id
       WHERE c.thread_id = ? ORDER BY c.created_at, c.seq`,
    );
    this.commentById = db.prepare<[string], CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = ?`,
    );
    this.insertThreadRow = db.prepare(
      `INSERT INTO comment_threads (id, document_name, city_slug, anchor_kind, anchor_start, anchor_end, anchor_quote,
         anchor_action_id, created_by, created_at, seq)
       VALUES (@id, @documentName, @citySlug, @anchorKind, @anchorStart, @anchorEnd, @anchorQuote, @anchorActionId,
         @authorId, @at, (SELECT coalesce(max(seq), 0) + 1 FROM comment_threads))`,
    );
    this.insertCommentRow = db.prepare(
      `INSERT INTO comments (id, thread_id, author_id, body, mentions, created_at, seq)
       VALUES (@id, @threadId, @authorId, @body, @mentions, @at, (SELECT coalesce(max(seq), 0) + 1 FROM comments))`,
    );
    this.updateBody = db.prepare('UPDATE comments SET body = ?, mentions = ?, edited_at = ? WHERE id = ? AND deleted_at IS NULL');
    // The text goes; the row stays so the replies keep their place.
    this.markDeleted = db.prepare(
      "UPDATE comments SET body = '', mentions = '[]', deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
    );
    this.updateResolution = db.prepare('UPDATE comment_threads SET resolved_at = ?, resolved_by = ? WHERE id = ?');
    this.authorsOfThread = db.prepare<[string], { authorId: string }>(
      'SELECT DISTINCT author_id AS authorId FROM comments WHERE thread_id = ?',
    );
    this.createThreadTransaction = db.transaction((thread: NewThread) => {
      const anchor = thread.anchor;
      this.insertThreadRow.run({
        id: thread.id,
        documentName: thread.documentName,
        citySlug: thread.citySlug,
        anchorKind: anchor.kind,
        anchorStart: anchor.kind === 'text' ? anchor.start : null,
        anchorEnd: anchor.kind === 'text' ? anchor.end : null,
        anchorQuote: anchor.kind === 'text' ? anchor.quote : null,
        anchorActionId: anchor.kind === 'action' ? anchor.actionId : null,
        authorId: thread.authorId,
        at: thread.at,
      });
      this.insertCommentRow.run(commentRow({ ...thread, threadId: thread.id }));
    });
  }

  /**
   * Every thread of a document with its comments, oldest first. Two queries, not one per thread.
   * A thread whose every comment was deleted is left out: nothing in it is left to discuss, and
   * it must not sit among the open threads.
   */
  async listDocument(documentName: string): Promise<CommentThread[]> {
    const comments = new Map<string, Comment[]>();
    for (const row of this.commentsOfDocument.all(documentName)) {
      const list = comments.get(row.threadId) ?? [];
      list.push(toComment(row));
      comments.set(row.threadId, list);
    }
    return this.threadsOfDocument
      .all(documentName)
      .map((row) => toThread(row, comments.get(row.id) ?? []))
      .filter((thread) => thread.comments.some((comment) => comment.deletedAt === null));
  }

  async findThread(threadId: string): Promise<(CommentThread & { citySlug: string }) | null> {
    const row = this.threadById.get(threadId);
    if (!row) return null;
    return { ...toThread(row, this.commentsOfThread.all(threadId).map(toComment)), citySlug: row.citySlug };
  }

  async findComment(commentId: string): Promise<CommentLocation | null> {
    const row = this.commentById.get(commentId);
    if (!row) return null;
    const thread = this.threadById.get(row.threadId);
    if (!thread) return null;
    return { comment: toComment(row), threadId: thread.id, documentName: thread.documentName, citySlug: thread.citySlug };
  }

  async createThread(thread: NewThread): Promise<void> {
    this.createThreadTransaction(thread);
  }

  async insertComment(comment: NewComment): Promise<void> {
    this.insertCommentRow.run(commentRow(comment));
  }

  /** Replaces the text of a comment that is not deleted; false when there was none. */
  async edit(commentId: string, body: string, mentions: string[], at: string): Promise<boolean> {
    return this.updateBody.run(body, JSON.stringify(mentions), at, commentId).changes === 1;
  }

  /** Soft-deletes a comment; false when it was already deleted. */
  async softDelete(commentId: string, at: string): Promise<boolean> {
    return this.markDeleted.run(at, commentId).changes === 1;
  }

  /** Everyone who wrote in the thread, a deleted comment included: they took part. */
  async participantsOf(threadId: string): Promise<string[]> {
    return this.authorsOfThread.all(threadId).map((row) => row.authorId);
  }

  /** Marks a thread resolved by `userId`, or reopens it when `userId` is null. */
  async setResolved(threadId: string, userId: string | null, at: string | null): Promise<void> {
    this.updateResolution.run(at, userId, threadId);
  }
}

function commentRow(comment: NewComment): Record<string, unknown> {
  return { ...comment, mentions: JSON.stringify(comment.mentions) };
}

export function toThread(row: ThreadRow, comments: Comment[]): CommentThread {
  const anchor: CommentAnchor =
    row.anchorKind === 'text'
      ? { kind: 'text', start: row.anchorStart ?? '', end: row.anchorEnd ?? '', quote: row.anchorQuote ?? '' }
      : { kind: 'action', actionId: row.anchorActionId ?? '' };
  return {
    id: row.id,
    documentName: row.documentName,
    anchor,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    resolvedAt: row.resolvedAt,
    resolvedBy: row.resolvedBy,
    comments,
  };
}

export function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    threadId: row.threadId,
    authorId: row.authorId,
    authorName: row.authorName,
    body: row.body,
    mentions: JSON.parse(row.mentions) as string[],
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
  };
}
