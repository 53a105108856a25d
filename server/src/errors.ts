import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify';
import { ErrorCode, type ApiError } from '@iap/shared';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_payload: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  request_timeout: 408,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
  invalid_transition: 409,
  plan_final: 409,
  vote_budget_exhausted: 409,
  poll_closed: 409,
};

/** Our code for each status Fastify's own errors carry (a body it cannot parse is a 400). */
const CODE_BY_FASTIFY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.invalidPayload,
  401: ErrorCode.unauthenticated,
  403: ErrorCode.forbidden,
  404: ErrorCode.notFound,
  408: ErrorCode.requestTimeout,
  409: ErrorCode.conflict,
  410: ErrorCode.gone,
  413: ErrorCode.payloadTooLarge,
  414: ErrorCode.uriTooLong,
  415: ErrorCode.unsupportedMediaType,
  429: ErrorCode.rateLimited,
  431: ErrorCode.headersTooLarge,
};

/**
 * The headers of securityHeaders.ts that matter on an error answered before any route (and so
 * before helmet) ran: its message echoes part of a path, never to be sniffed or cached.
 */
const EARLY_ERROR_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' } as const;

/** Paths are echoed in messages; a 16 kB one is not worth sending back whole. */
const MAX_ECHOED_URL = 200;

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
export function fromZodError(error: z.core.$ZodError): AppError {
  const issue = error.issues[0];
  return invalidPayload(issue && { ...issue, keys: issue.code === 'unrecognized_keys' ? issue.keys : undefined });
}

/**
 * The same for a payload a route's declared schema refused (fastify-type-provider-zod carries
 * each zod issue as `{ keyword: code, instancePath: '/a/0/b', message, params }`), so a route
 * with a schema answers exactly as a handler that parsed the payload itself.
 */
function fromRouteValidation(error: { validation: { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }[] }): AppError {
  const first = error.validation[0];
  if (!first) return invalidPayload(undefined);
  const keys = first.params.keys;
  return invalidPayload({
    code: first.keyword,
    path: first.instancePath.split('/').slice(1).filter((segment) => segment !== ''),
    message: first.message ?? 'invalid',
    keys: Array.isArray(keys) ? keys.map(String) : undefined,
  });
}

function invalidPayload(issue: { code: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] } | undefined): AppError {
  // An unknown key is reported on its parent object: name the key itself.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, ...(issue.keys ?? []).slice(0, 1)] : (issue?.path ?? []);
  const field = path.length > 0 ? path.map(String).join('.') : undefined;
  const message = issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'invalid payload';
  return new AppError(ErrorCode.invalidPayload, message, field);
}

/** The JSON body of an error: the one shape every error of the API has. */
export function errorBody(appError: AppError): ApiError {
  const body: ApiError = { error: { code: appError.code, message: appError.message } };
  if (appError.field) body.error.field = appError.field;
  return body;
}

/**
 * An error Fastify raised itself (a body it cannot parse, an unsupported content type, a URL
 * that does not decode, a path parameter over its length limit) as an AppError with our code.
 */
function fromFastifyError(error: { statusCode: number; message: string; code?: unknown }): AppError {
  if (error.code === 'FST_ERR_BAD_URL') return new AppError(ErrorCode.badRequest, shortened(error.message));
  return new AppError(CODE_BY_FASTIFY_STATUS[error.statusCode] ?? ErrorCode.badRequest, shortened(error.message));
}

function shortened(text: string): string {
  return text.length > MAX_ECHOED_URL ? `${text.slice(0, MAX_ECHOED_URL)}…` : text;
}

/**
 * PostgreSQL refuses a NUL character in text (`character_not_in_repertoire`), which JSON lets a
 * client send as `\u0000`: the payload's fault, not the server's. SQLite stores it.
 */
function isUnstorableText(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '22021';
}

/**
 * Installs the JSON error handler; a stack trace never reaches a client. Unknown GET paths
 * outside /api and /collab answer with the client's index.html, for client-side routes.
 */
export function registerErrorHandler(app: FastifyInstance, spaIndex: Buffer | null): void {
  app.setErrorHandler((error, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) appError = error;
    else if (error instanceof z.core.$ZodError) appError = fromZodError(error);
    else if (hasZodFastifySchemaValidationErrors(error)) appError = fromRouteValidation(error);
    else if (isFastifyClientError(error)) appError = fromFastifyError(error);
    else if (isUnstorableText(error)) appError = new AppError(ErrorCode.invalidPayload, 'Text must not contain NUL characters');
    else {
      request.log.error({ err: error }, 'unhandled error');
      appError = new AppError(ErrorCode.internal, 'Internal error');
    }
    void reply.status(appError.status).send(errorBody(appError));
  });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url.startsWith('/collab');
    if (spaIndex && request.method === 'GET' && !isApi) {
      void reply.type('text/html; charset=utf-8').send(spaIndex);
      return;
    }
    const notFound = new AppError(ErrorCode.notFound, shortened(`No route ${request.method} ${request.url}`));
    void reply.status(notFound.status).send(errorBody(notFound));
  });
}

/**
 * Fastify options for the errors raised before any route or error handler runs, so that these
 * too answer in the one JSON shape: a URL that does not decode or a path parameter over
 * `maxParamLength` (`frameworkErrors`), and requests Node's HTTP parser refuses, such as
 * headers or a request line over 16 kB (`clientErrorHandler`).
 */
export const frameworkErrorOptions: Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'> = {
  frameworkErrors: (error, _request, reply) => sendFrameworkError(error, reply as FastifyReply),
  clientErrorHandler: (error: Error & { code?: string }, socket: Socket) => {
    // A reset connection has nobody left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const appError =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? new AppError(ErrorCode.headersTooLarge, 'Request line and headers exceed 16 kB')
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? new AppError(ErrorCode.requestTimeout, 'Request took too long to arrive')
          : new AppError(ErrorCode.badRequest, 'Malformed HTTP request');
    const body = JSON.stringify(errorBody(appError));
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${appError.status} ${http.STATUS_CODES[appError.status]}\r\n` +
          `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
          Object.entries(EARLY_ERROR_HEADERS)
            .map(([name, value]) => `${name}: ${value}\r\n`)
            .join('') +
          `Connection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  },
};

function sendFrameworkError(error: FastifyError, reply: FastifyReply): void {
  const appError = fromFastifyError({ statusCode: error.statusCode ?? 400, message: error.message, code: error.code });
  void reply.status(appError.status).headers(EARLY_ERROR_HEADERS).send(errorBody(appError));
}

function isFastifyClientError(error: unknown): error is { statusCode: number; message: string; code?: unknown } {
  if (typeof error !== 'object' || error === null) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
