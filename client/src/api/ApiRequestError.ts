/** Codes the client adds to the server's own (`ErrorCode`) for failures that never got an answer. */
export const ClientErrorCode = {
  /** The request did not reach the server, or its answer did not arrive. */
  network: 'network',
  /** The server answered with a body the shared schema does not accept. */
  unexpectedResponse: 'unexpected_response',
} as const;

/**
 * A refused or failed API request, carrying the server's `{ error: { code, message, field } }`
 * so forms can put the message next to the field it names.
 */
export class ApiRequestError extends Error {
  constructor(
    /** HTTP status, or 0 when no answer arrived. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** From a 429's Retry-After header: how long until the server accepts the request again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** Whether `error` is an ApiRequestError with one of `codes`. */
export function isApiError(error: unknown, ...codes: string[]): error is ApiRequestError {
  return error instanceof ApiRequestError && (codes.length === 0 || codes.includes(error.code));
}
