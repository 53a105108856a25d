import {
  commentSchema,
  commentThreadListSchema,
  commentThreadSchema,
  type CommentAnchor,
  type CommentThread,
} from '@iap/shared';
import { requestJson } from '../../api/requestJson';

/** REST calls of the comments API (docs/COMMENTS.md); every answer is checked against the shared schema. */
export const commentsApi = {
  list: (documentName: string) =>
    requestJson(`/api/documents/${documentName}/comments`, commentThreadListSchema).then((list) => list.threads),
  open: (documentName: string, input: { id?: string; anchor: CommentAnchor; body: string; mentions: string[] }) =>
    requestJson(`/api/documents/${documentName}/comments`, commentThreadSchema, { method: 'POST', body: input }),
  reply: (documentName: string, threadId: string, input: { id?: string; body: string; mentions: string[] }) =>
    requestJson(`/api/documents/${documentName}/comments/${threadId}/replies`, commentSchema, { method: 'POST', body: input }),
  edit: (commentId: string, input: { body: string; mentions: string[] }) =>
    requestJson(`/api/comments/${commentId}`, commentSchema, { method: 'PATCH', body: input }),
  remove: (commentId: string) => requestJson(`/api/comments/${commentId}`, null, { method: 'DELETE' }),
  resolve: (threadId: string): Promise<CommentThread> =>
    requestJson(`/api/comments/${threadId}/resolve`, commentThreadSchema, { method: 'POST', body: {} }),
  reopen: (threadId: string): Promise<CommentThread> =>
    requestJson(`/api/comments/${threadId}/reopen`, commentThreadSchema, { method: 'POST', body: {} }),
};
