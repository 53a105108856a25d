import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import {
  citySlugOfIapDocument,
  commentWriteSchema,
  createThreadSchema,
  replyWriteSchema,
  ErrorCode,
  type AccessAction,
  type Comment,
  type CommentThread,
  type CommentThreadList,
} from '@iap/shared';
import { AppError } from '../errors.js';
import { principalOf } from '../access/requestAccount.js';
import { isoAt, type Clock } from '../clock.js';
import { authorizeInCity } from '../access/authorizeInCity.js';
import { CityRepository } from '../cities/CityRepository.js';
import { MembershipRepository } from '../members/MembershipRepository.js';
import { assertAnchorDecodes } from './anchorPositions.js';
import { CommentRepository, type CommentLocation } from './CommentRepository.js';
import type { NotificationService, WrittenComment } from '../notifications/NotificationService.js';

type DocumentParams = { Params: { name: string } };
type ThreadParams = { Params: { name: string; threadId: string } };
type CommentParams = { Params: { id: string } };

/**
 * Comment threads on IAP documents, under /api: `/documents/:name/comments` (list, open a
 * thread, reply) and `/comments/:id` (edit, delete, resolve, reopen). Every change is
 * committed, then announced on the document's open sockets (MESSAGE_COMMENTS_CHANGED); a new
 * comment also notifies those it mentions and the others in its thread.
 */
export async function commentsPlugin(
  app: FastifyInstance,
  options: { clock: Clock; notifications: NotificationService },
): Promise<void> {
  const cities = new CityRepository(app.db);
  const members = new MembershipRepository(app.db);
  const comments = new CommentRepository(app.db);
  const now = (): string => isoAt(options.clock());

  /** The city of an IAP document after the access check; any other document name is a 404. */
  function authorizeOnDocument(request: FastifyRequest, documentName: string, action: AccessAction) {
    const slug = citySlugOfIapDocument(documentName);
    if (!slug) throw new AppError(ErrorCode.notFound, 'No such document');
    return authorizeInCity(request, cities, slug, action);
  }

  /** The comment and the caller's right to `action` on its city; 404 when either is missing. */
  function authorizeOnComment(request: FastifyRequest, id: string, action: (location: CommentLocation) => AccessAction) {
    const location = comments.findComment(id);
    if (!location) throw new AppError(ErrorCode.notFound, 'No such comment');
    const { principal } = authorizeInCity(request, cities, location.citySlug, action(location));
    return { principal, location };
  }

  /** Mentions must name members of the city: a mention notifies, and outsiders must not be reachable. */
  function memberMentions(mentions: string[], citySlug: string): string[] {
    const unique = [...new Set(mentions)];
    for (const userId of unique) {
      if (!members.find(userId, citySlug)) {
        throw new AppError(ErrorCode.invalidPayload, 'mentions: only members of this city can be mentioned', 'mentions');
      }
    }
    return unique;
  }

  function announce(documentName: string, threadId: string): void {
    app.collab.commentsChanged(documentName, threadId);
  }

  /**
   * After the commit, so a notification never points at a comment a failed write lost. The
   * comment is saved either way: a failure here is logged, not turned into a refused comment.
   */
  async function notify(log: FastifyBaseLogger, comment: Omit<WrittenComment, 'at'>, at: string): Promise<void> {
    try {
      await options.notifications.commentWritten({ ...comment, at });
    } catch (error) {
      log.error({ err: error, commentId: comment.commentId }, 'notifications of a comment were not written');
    }
  }

  /**
   * A comment whose id was sent before: the same writer repeating the same post (its answer
   * was lost) gets the comment back, with 200; anyone else's id is a conflict, never a takeover.
   */
  function assertSameWrite(sameWriteAgain: boolean): void {
    if (!sameWriteAgain) throw new AppError(ErrorCode.conflict, 'A comment with this id exists', 'id');
  }

  function threadOf(id: string): CommentThread {
    const found = comments.findThread(id);
    if (!found) throw new AppError(ErrorCode.notFound, 'No such thread');
    const { citySlug: _citySlug, ...thread } = found;
    return thread;
  }

  function commentOf(id: string): Comment {
    const found = comments.findComment(id);
    if (!found) throw new AppError(ErrorCode.notFound, 'No such comment');
    return found.comment;
  }

  app.get<DocumentParams>('/documents/:name/comments', async (request): Promise<CommentThreadList> => {
    authorizeOnDocument(request, request.params.name, 'iap.read');
    return { threads: comments.listDocument(request.params.name) };
  });

  app.post<DocumentParams>('/documents/:name/comments', async (request, reply): Promise<CommentThread> => {
    const documentName = request.params.name;
    const { principal, city } = authorizeOnDocument(request, documentName, 'comment.write');
    const input = createThreadSchema.parse(request.body);
    assertAnchorDecodes(input.anchor);
    const id = input.id ?? randomUUID();
    const sentBefore = input.id ? comments.findThread(input.id) : null;
    if (sentBefore) {
      assertSameWrite(sentBefore.createdBy === principal.id && sentBefore.documentName === documentName);
      return threadOf(id);
    }
    const mentions = memberMentions(input.mentions, city.slug);
    const at = now();
    comments.createThread({
      id,
      documentName,
      citySlug: city.slug,
      anchor: input.anchor,
      authorId: principal.id,
      body: input.body,
      mentions,
      at,
    });
    announce(documentName, id);
    const written = { commentId: id, threadId: id, citySlug: city.slug, authorId: principal.id, mentions, participants: [] };
    await notify(request.log, written, at);
    void reply.status(201);
    return threadOf(id);
  });

  app.post<ThreadParams>('/documents/:name/comments/:threadId/replies', async (request, reply): Promise<Comment> => {
    const { name: documentName, threadId } = request.params;
    const { principal, city } = authorizeOnDocument(request, documentName, 'comment.write');
    const thread = comments.findThread(threadId);
    if (!thread || thread.documentName !== documentName) throw new AppError(ErrorCode.notFound, 'No such thread');
    const input = replyWriteSchema.parse(request.body);
    const id = input.id ?? randomUUID();
    const sentBefore = input.id ? comments.findComment(input.id) : null;
    if (sentBefore) {
      assertSameWrite(sentBefore.comment.authorId === principal.id && sentBefore.threadId === threadId);
      return sentBefore.comment;
    }
    const mentions = memberMentions(input.mentions, city.slug);
    const at = now();
    comments.insertComment({ id, threadId, authorId: principal.id, body: input.body, mentions, at });
    announce(documentName, threadId);
    const participants = comments.participantsOf(threadId);
    await notify(request.log, { commentId: id, threadId, citySlug: city.slug, authorId: principal.id, mentions, participants }, at);
    void reply.status(201);
    return commentOf(id);
  });

  app.patch<CommentParams>('/comments/:id', async (request): Promise<Comment> => {
    const { principal, location } = authorizeOnComment(request, request.params.id, () => 'comment.write');
    if (location.comment.authorId !== principal.id) {
      throw new AppError(ErrorCode.forbidden, 'Only its author may edit a comment');
    }
    const input = commentWriteSchema.parse(request.body);
    const mentions = memberMentions(input.mentions, location.citySlug);
    const at = now();
    if (!comments.edit(location.comment.id, input.body, mentions, at)) {
      throw new AppError(ErrorCode.conflict, 'The comment was deleted');
    }
    announce(location.documentName, location.threadId);
    // Someone the edit names for the first time is told, as if the comment were new.
    const added = mentions.filter((userId) => !location.comment.mentions.includes(userId));
    const { comment, threadId, citySlug } = location;
    await notify(request.log, { commentId: comment.id, threadId, citySlug, authorId: principal.id, mentions: added, participants: [] }, at);
    return commentOf(location.comment.id);
  });

  app.delete<CommentParams>('/comments/:id', async (request, reply) => {
    // Authors remove their own words; removing someone else's is moderation.
    const { location } = authorizeOnComment(request, request.params.id, (found) =>
      found.comment.authorId === principalOf(request)?.id ? 'comment.write' : 'comment.moderate',
    );
    if (comments.softDelete(location.comment.id, now())) announce(location.documentName, location.threadId);
    return reply.status(204).send();
  });

  for (const [verb, resolved] of [
    ['resolve', true],
    ['reopen', false],
  ] as const) {
    app.post<CommentParams>(`/comments/:id/${verb}`, async (request): Promise<CommentThread> => {
      const { principal, location } = authorizeOnComment(request, request.params.id, () => 'comment.write');
      comments.setResolved(location.threadId, resolved ? principal.id : null, resolved ? now() : null);
      announce(location.documentName, location.threadId);
      return threadOf(location.threadId);
    });
  }
}
