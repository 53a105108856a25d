import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  commentSchema,
  commentThreadListSchema,
  commentThreadSchema,
  commentWriteSchema,
  createThreadSchema,
  replyWriteSchema,
  ErrorCode,
  type AccessAction,
  type Comment,
  type CommentThread,
  type Principal,
} from '@iap/shared';
import * as z from 'zod/mini';
import { AppError } from '../errors.js';
import { principalOf } from '../access/requestAccount.js';
import { isoAt, type Clock } from '../clock.js';
import { authorizeInCity, type CityLookup, type GatedCity } from '../access/authorizeInCity.js';
import { documentGate, documentParamsSchema, readsDocument } from '../documents/documentGate.js';
import type { MembershipRepository } from '../members/MembershipRepository.js';
import { assertAnchorDecodes } from './anchorPositions.js';
import type { CommentLocation, CommentRepository } from './CommentRepository.js';
import type { NotificationService, WrittenComment } from '../notifications/NotificationService.js';

const threadParamsSchema = z.extend(documentParamsSchema, { threadId: z.string() });
const commentParamsSchema = z.object({ id: z.string() });

/**
 * Comment threads on IAP documents, under /api: `/documents/:name/comments` (list, open a
 * thread, reply) and `/comments/:id` (edit, delete, resolve, reopen). Every change is
 * committed, then announced on the document's open sockets (MESSAGE_COMMENTS_CHANGED); a new
 * comment also notifies those it mentions and the others in its thread.
 */
export interface CommentsPluginOptions {
  clock: Clock;
  comments: CommentRepository;
  cities: CityLookup<GatedCity>;
  /** Mentions must name members of the comment's city. */
  memberships: Pick<MembershipRepository, 'find'>;
  notifications: NotificationService;
}

export async function commentsPlugin(app: FastifyInstance, options: CommentsPluginOptions): Promise<void> {
  const { cities, comments, memberships: members } = options;
  const now = (): string => isoAt(options.clock());
  const routes = app.withTypeProvider<ZodTypeProvider>();

  /** The comment and the caller's right to `action` on its city; 404 when either is missing. */
  async function authorizeOnComment(request: FastifyRequest, id: string, action: (location: CommentLocation) => AccessAction) {
    const location = await comments.findComment(id);
    if (!location) throw new AppError(ErrorCode.notFound, 'No such comment');
    const { principal } = await authorizeInCity(request, cities, location.citySlug, action(location));
    return { principal, location };
  }

  /** Mentions must name members of the city: a mention notifies, and outsiders must not be reachable. */
  async function memberMentions(mentions: string[], citySlug: string): Promise<string[]> {
    const unique = [...new Set(mentions)];
    for (const userId of unique) {
      if (!(await members.find(userId, citySlug))) {
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

  // The response schema sends what a thread shows, not the city the repository keeps beside it.
  async function threadOf(id: string): Promise<CommentThread> {
    const found = await comments.findThread(id);
    if (!found) throw new AppError(ErrorCode.notFound, 'No such thread');
    return found;
  }

  async function commentOf(id: string): Promise<Comment> {
    const found = await comments.findComment(id);
    if (!found) throw new AppError(ErrorCode.notFound, 'No such comment');
    return found.comment;
  }

  const gate = documentGate(cities);
  const readsComments = gate.check(readsDocument);
  const writesComments = gate.check('comment.write');

  /** The thread of a reply must be one of the document's, checked before the reply is judged. */
  const threadOnDocument = async (request: FastifyRequest): Promise<void> => {
    const { name, threadId } = request.params as { name: string; threadId: string };
    const thread = await comments.findThread(threadId);
    if (!thread || thread.documentName !== name) throw new AppError(ErrorCode.notFound, 'No such thread');
  };

  /**
   * The gate of `/comments/:id` routes, as route options: the comment must exist and the caller
   * may take `action` on its city (and, for an edit, must be its author), all before the payload is judged.
   */
  const commentGrants = new WeakMap<FastifyRequest, { principal: Principal; location: CommentLocation }>();
  const onComment = (action: (location: CommentLocation, request: FastifyRequest) => AccessAction, authorOnly = false) => ({
    preValidation: async (request: FastifyRequest): Promise<void> => {
      const { id } = request.params as { id: string };
      const granted = await authorizeOnComment(request, id, (location) => action(location, request));
      if (authorOnly && granted.location.comment.authorId !== granted.principal.id) {
        throw new AppError(ErrorCode.forbidden, 'Only its author may edit a comment');
      }
      commentGrants.set(request, granted);
    },
  });
  const commentGrantOf = (request: FastifyRequest) => {
    const granted = commentGrants.get(request);
    if (!granted) throw new Error(`no comment gate ran for ${request.routeOptions.url ?? request.url}`);
    return granted;
  };

  routes.get(
    '/documents/:name/comments',
    { ...readsComments, schema: { params: documentParamsSchema, response: { 200: commentThreadListSchema } } },
    async (request) => ({ threads: await comments.listDocument(request.params.name) }),
  );

  routes.post(
    '/documents/:name/comments',
    {
      ...writesComments,
      schema: { params: documentParamsSchema, body: createThreadSchema, response: { 200: commentThreadSchema, 201: commentThreadSchema } },
    },
    async (request, reply) => {
      const documentName = request.params.name;
      const { principal, city } = gate.grantOf(request);
      const input = request.body;
      assertAnchorDecodes(input.anchor);
      const id = input.id ?? randomUUID();
      const sentBefore = input.id ? await comments.findThread(input.id) : null;
      if (sentBefore) {
        assertSameWrite(sentBefore.createdBy === principal.id && sentBefore.documentName === documentName);
        return threadOf(id);
      }
      const mentions = await memberMentions(input.mentions, city.slug);
      const at = now();
      await comments.createThread({
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
      return reply.status(201).send(await threadOf(id));
    },
  );

  routes.post(
    '/documents/:name/comments/:threadId/replies',
    {
      preValidation: [writesComments.preValidation, threadOnDocument],
      schema: { params: threadParamsSchema, body: replyWriteSchema, response: { 200: commentSchema, 201: commentSchema } },
    },
    async (request, reply) => {
      const { name: documentName, threadId } = request.params;
      const { principal, city } = gate.grantOf(request);
      const input = request.body;
      const id = input.id ?? randomUUID();
      const sentBefore = input.id ? await comments.findComment(input.id) : null;
      if (sentBefore) {
        assertSameWrite(sentBefore.comment.authorId === principal.id && sentBefore.threadId === threadId);
        return sentBefore.comment;
      }
      const mentions = await memberMentions(input.mentions, city.slug);
      const at = now();
      await comments.insertComment({ id, threadId, authorId: principal.id, body: input.body, mentions, at });
      announce(documentName, threadId);
      const participants = await comments.participantsOf(threadId);
      await notify(request.log, { commentId: id, threadId, citySlug: city.slug, authorId: principal.id, mentions, participants }, at);
      return reply.status(201).send(await commentOf(id));
    },
  );

  routes.patch(
    '/comments/:id',
    { ...onComment(() => 'comment.write', true), schema: { params: commentParamsSchema, body: commentWriteSchema, response: { 200: commentSchema } } },
    async (request) => {
      const { principal, location } = commentGrantOf(request);
      const input = request.body;
      const mentions = await memberMentions(input.mentions, location.citySlug);
      const at = now();
      if (!(await comments.edit(location.comment.id, input.body, mentions, at))) {
        throw new AppError(ErrorCode.conflict, 'The comment was deleted');
      }
      announce(location.documentName, location.threadId);
      // Someone the edit names for the first time is told, as if the comment were new.
      const added = mentions.filter((userId) => !location.comment.mentions.includes(userId));
      const { comment, threadId, citySlug } = location;
      await notify(request.log, { commentId: comment.id, threadId, citySlug, authorId: principal.id, mentions: added, participants: [] }, at);
      return commentOf(location.comment.id);
    },
  );

  // Authors remove their own words; removing someone else's is moderation.
  const removes = onComment((found, request) => (found.comment.authorId === principalOf(request)?.id ? 'comment.write' : 'comment.moderate'));
  routes.delete('/comments/:id', { ...removes, schema: { params: commentParamsSchema } }, async (request, reply) => {
    const { location } = commentGrantOf(request);
    if (await comments.softDelete(location.comment.id, now())) announce(location.documentName, location.threadId);
    return reply.status(204).send();
  });

  for (const [verb, resolved] of [
    ['resolve', true],
    ['reopen', false],
  ] as const) {
    routes.post(
      `/comments/:id/${verb}`,
      { ...onComment(() => 'comment.write'), schema: { params: commentParamsSchema, response: { 200: commentThreadSchema } } },
      async (request) => {
        const { principal, location } = commentGrantOf(request);
        await comments.setResolved(location.threadId, resolved ? principal.id : null, resolved ? now() : null);
        announce(location.documentName, location.threadId);
        return threadOf(location.threadId);
      },
    );
  }
}
