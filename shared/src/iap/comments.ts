import * as z from 'zod/mini';
import { iapItemIdSchema } from './indicators.js';

export const COMMENT_LIMITS = {
  bodyLength: 5000,
  mentions: 20,
  /** Base64 of a Y.encodeRelativePosition: a few dozen bytes in practice. */
  relativePositionLength: 512,
  quoteLength: 500,
} as const;

/** Plain text, rendered as text by every client: no markup is ever interpreted. */
export const commentBodySchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(COMMENT_LIMITS.bodyLength, `at most ${COMMENT_LIMITS.bodyLength} characters`));

export const userIdSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A Yjs RelativePosition (Y.encodeRelativePosition) in base64; the server keeps it opaque. */
export const relativePositionSchema = z
  .string()
  .check(z.minLength(4), z.maxLength(COMMENT_LIMITS.relativePositionLength), z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'));

/** What a thread is attached to: a range of the rich text, or an action card. */
export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    start: relativePositionSchema,
    end: relativePositionSchema,
    /** The selected text when the thread was opened, shown once the anchor is detached. */
    quote: z.string().check(z.maxLength(COMMENT_LIMITS.quoteLength)),
  }),
  z.strictObject({ kind: z.literal('action'), actionId: iapItemIdSchema }),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

const mentionsSchema = z._default(z.array(userIdSchema).check(z.maxLength(COMMENT_LIMITS.mentions)), []);

/**
 * The id the writer picks for a new comment, so that sending it again (its first answer was
 * lost) returns the comment instead of a copy. Optional: without it the server picks one.
 */
const newCommentIdSchema = z.optional(z.uuid());

/** Strict, like every payload (docs/API.md): an unknown field is refused, not silently dropped. */
export const createThreadSchema = z.strictObject({
  id: newCommentIdSchema,
  anchor: commentAnchorSchema,
  body: commentBodySchema,
  /** Ids of city members named in the body; each must be a member of the city. */
  mentions: mentionsSchema,
});
export type CreateThreadInput = z.input<typeof createThreadSchema>;

export const commentWriteSchema = z.strictObject({ body: commentBodySchema, mentions: mentionsSchema });
export type CommentWriteInput = z.input<typeof commentWriteSchema>;

/** A reply: what any comment carries, and the id its writer may pick (see createThreadSchema). */
export const replyWriteSchema = z.extend(commentWriteSchema, { id: newCommentIdSchema });
export type ReplyWriteInput = z.input<typeof replyWriteSchema>;

export const commentSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  /** Empty once deleted: a deleted comment keeps its place in the thread, not its text. */
  body: z.string(),
  mentions: z.array(z.string()),
  createdAt: z.string(),
  editedAt: z.nullable(z.string()),
  deletedAt: z.nullable(z.string()),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z.object({
  id: z.string(),
  documentName: z.string(),
  anchor: commentAnchorSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  resolvedAt: z.nullable(z.string()),
  resolvedBy: z.nullable(z.string()),
  /** Oldest first; the first one opened the thread. */
  comments: z.array(commentSchema),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const commentThreadListSchema = z.object({ threads: z.array(commentThreadSchema) });
export type CommentThreadList = z.infer<typeof commentThreadListSchema>;
