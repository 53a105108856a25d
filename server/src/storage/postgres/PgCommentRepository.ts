import type { Comment, CommentThread } from '@iap/shared';
import type pg from 'pg';
import type { CommentLocation, CommentRepository, NewComment, NewThread } from '../../comments/CommentRepository.js';
import { toComment, toThread, type CommentRow, type ThreadRow } from '../../comments/SqliteCommentRepository.js';
import { inTransaction } from './inTransaction.js';

const THREAD_COLUMNS = `id, document_name AS "documentName", city_slug AS "citySlug", anchor_kind AS "anchorKind",
  anchor_start AS "anchorStart", anchor_end AS "anchorEnd", anchor_quote AS "anchorQuote",
  anchor_action_id AS "anchorActionId", created_by AS "createdBy", created_at AS "createdAt",
  resolved_at AS "resolvedAt", resolved_by AS "resolvedBy"`;

const COMMENT_COLUMNS = `c.id, c.thread_id AS "threadId", c.author_id AS "authorId", u.name AS "authorName", c.body,
  c.mentions, c.created_at AS "createdAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt"`;

/** Leaves `seq` out: the identity column numbers rows in insertion order (postgres/0010). */
const INSERT_COMMENT = 'INSERT INTO comments (id, thread_id, author_id, body, mentions, created_at) VALUES ($1, $2, $3, $4, $5, $6)';

function commentValues(comment: NewComment): unknown[] {
  return [comment.id, comment.threadId, comment.authorId, comment.body, JSON.stringify(comment.mentions), comment.at];
}

/** CommentRepository over PostgreSQL, with the SQLite one's row mappers. */
export class PgCommentRepository implements CommentRepository {
  constructor(private readonly pool: pg.Pool) {}

  async listDocument(documentName: string): Promise<CommentThread[]> {
    const client = await this.pool.connect();
    try {
      // One snapshot for both queries: a thread committed in between cannot lose its comments.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const commentRows = await client.query<CommentRow>(
        `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id
         JOIN comment_threads t ON t.id = c.thread_id
         WHERE t.document_name = $1 ORDER BY c.created_at, c.seq`,
        [documentName],
      );
      const threadRows = await client.query<ThreadRow>(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE document_name = $1 ORDER BY created_at, seq`, [documentName]);
      await client.query('COMMIT');
      const comments = new Map<string, Comment[]>();
      for (const row of commentRows.rows) {
        const list = comments.get(row.threadId) ?? [];
        list.push(toComment(row));
        comments.set(row.threadId, list);
      }
      return threadRows.rows
        .map((row) => toThread(row, comments.get(row.id) ?? []))
        .filter((thread) => thread.comments.some((comment) => comment.deletedAt === null));
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async findThread(threadId: string): Promise<(CommentThread & { citySlug: string }) | null> {
    const row = (await this.pool.query<ThreadRow>(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE id = $1`, [threadId])).rows[0];
    if (!row) return null;
    const comments = await this.pool.query<CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN users u ON u.id = c.author_id WHERE c.thread_id = $1 ORDER BY c.created_at, c.seq`,
      [threadId],
    );
    return { ...toThread(row, comments.rows.map(toComment)), citySlug: row.citySlug };
  }

  async findComment(commentId: string): Promise<CommentLocation | null> {
    const row = (
      await this.pool.query<CommentRow & { documentName: string; citySlug: string }>(
        `SELECT ${COMMENT_COLUMNS}, t.document_name AS "documentName", t.city_slug AS "citySlug"
         FROM comments c JOIN users u ON u.id = c.author_id JOIN comment_threads t ON t.id = c.thread_id WHERE c.id = $1`,
        [commentId],
      )
    ).rows[0];
    if (!row) return null;
    return { comment: toComment(row), threadId: row.threadId, documentName: row.documentName, citySlug: row.citySlug };
  }

  createThread(thread: NewThread): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      const anchor = thread.anchor;
      await client.query(
        `INSERT INTO comment_threads (id, document_name, city_slug, anchor_kind, anchor_start, anchor_end, anchor_quote,
           anchor_action_id, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          thread.id,
          thread.documentName,
          thread.citySlug,
          anchor.kind,
          anchor.kind === 'text' ? anchor.start : null,
          anchor.kind === 'text' ? anchor.end : null,
          anchor.kind === 'text' ? anchor.quote : null,
          anchor.kind === 'action' ? anchor.actionId : null,
          thread.authorId,
          thread.at,
        ],
      );
      await client.query(INSERT_COMMENT, commentValues({ ...thread, threadId: thread.id }));
    });
  }

  async insertComment(comment: NewComment): Promise<void> {
    await this.pool.query(INSERT_COMMENT, commentValues(comment));
  }

  async edit(commentId: string, body: string, mentions: string[], at: string): Promise<boolean> {
    const updated = await this.pool.query('UPDATE comments SET body = $1, mentions = $2, edited_at = $3 WHERE id = $4 AND deleted_at IS NULL', [
      body,
      JSON.stringify(mentions),
      at,
      commentId,
    ]);
    return updated.rowCount === 1;
  }

  async softDelete(commentId: string, at: string): Promise<boolean> {
    // The text goes; the row stays so the replies keep their place.
    const updated = await this.pool.query("UPDATE comments SET body = '', mentions = '[]', deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL", [at, commentId]);
    return updated.rowCount === 1;
  }

  async participantsOf(threadId: string): Promise<string[]> {
    return (await this.pool.query<{ authorId: string }>('SELECT DISTINCT author_id AS "authorId" FROM comments WHERE thread_id = $1', [threadId])).rows.map((row) => row.authorId);
  }

  async setResolved(threadId: string, userId: string | null, at: string | null): Promise<void> {
    await this.pool.query('UPDATE comment_threads SET resolved_at = $1, resolved_by = $2 WHERE id = $3', [at, userId, threadId]);
  }
}
