import * as z from 'zod/mini';

/** The JSON body of every error the API returns. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.optional(z.string()),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const ErrorCode = {
  invalidPayload: 'invalid_payload',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  /** The thing existed but is used up or expired (an invite link). */
  gone: 'gone',
  rateLimited: 'rate_limited',
  internal: 'internal',
  /** A request that is not well-formed HTTP, or a URL that does not decode. */
  badRequest: 'bad_request',
  requestTimeout: 'request_timeout',
  payloadTooLarge: 'payload_too_large',
  uriTooLong: 'uri_too_long',
  unsupportedMediaType: 'unsupported_media_type',
  headersTooLarge: 'headers_too_large',
  /** The server runs but cannot do its work (the database refuses writes). */
  unavailable: 'unavailable',
  /** A plan state move that is not a step of the workflow from the current state. */
  invalidTransition: 'invalid_transition',
  /** A write to a plan that is final (locked until the lead partner reopens it). */
  planFinal: 'plan_final',
  /** A vote beyond the votes per person of a workshop poll. */
  voteBudgetExhausted: 'vote_budget_exhausted',
  /** A vote on a workshop poll that is closed. */
  pollClosed: 'poll_closed',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
