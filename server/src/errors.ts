import type { FastifyInstance } from 'fastify';
import { ErrorCode, type ApiError } from '@iap/shared';
import { ZodError } from 'zod';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_payload: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  rate_limited: 429,
  internal: 500,
};

/** The one error type handlers throw; the error handler turns it into `{ error: { code, message, field? } }`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.status = STATUS_BY_CODE[code];
  }
}

/** Turns a zod failure into an AppError naming the first offending field. */
export function fromZodError(error: ZodError): AppError {
  const issue = error.issues[0];
  // An unknown key is reported on its parent object: name the key itself.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : (issue?.path ?? []);
  const field = path.length > 0 ? path.join('.') : undefined;
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'invalid payload';
  return new AppError(ErrorCode.invalidPayload, message, field);
}

/**
 * Installs the JSON error handler; a stack trace never reaches a client. Unknown GET paths
 * outside /api and /collab answer with the client's index.html, for client-side routes.
 */
export function registerErrorHandler(app: FastifyInstance, spaIndex: Buffer | null): void {
  app.setErrorHandler((error, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) appError = error;
    else if (error instanceof ZodError) appError = fromZodError(error);
    else if (isFastifyClientError(error)) {
      appError = new AppError(error.statusCode === 429 ? ErrorCode.rateLimited : ErrorCode.invalidPayload, error.message);
    } else {
      request.log.error({ err: error }, 'unhandled error');
      appError = new AppError(ErrorCode.internal, 'Internal error');
    }
    const body: ApiError = { error: { code: appError.code, message: appError.message } };
    if (appError.field) body.error.field = appError.field;
    const status = isFastifyClientError(error) ? error.statusCode : appError.status;
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/collab');
    if (spaIndex && request.method === 'GET' && !isApi) {
      void reply.type('text/html; charset=utf-8').send(spaIndex);
      return;
    }
    const body: ApiError = { error: { code: ErrorCode.notFound, message: `No route ${request.method} ${request.url}` } };
    void reply.status(404).send(body);
  });
}

function isFastifyClientError(error: unknown): error is { statusCode: number; message: string } {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
