import type * as z from 'zod/mini';
import { apiErrorSchema, ErrorCode } from '@iap/shared';
import { ApiRequestError, ClientErrorCode } from './ApiRequestError';

export interface JsonRequestInit {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
}

/**
 * Calls the JSON API with the session cookie and checks the answer against the shared zod
 * schema, so a payload that drifted from the server fails here, loudly, not in a component.
 * Pass `null` as the schema for answers without a body (204). Every failure is thrown as an
 * ApiRequestError.
 */
export async function requestJson<T>(url: string, schema: z.ZodMiniType<T> | null, init: JsonRequestInit = {}): Promise<T> {
  const hasBody = init.body !== undefined;
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: hasBody ? { accept: 'application/json', 'content-type': 'application/json' } : { accept: 'application/json' },
      ...(hasBody ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch (error) {
    throw new ApiRequestError(0, ClientErrorCode.network, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await errorFrom(response);
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiRequestError(response.status, ClientErrorCode.unexpectedResponse, `Unexpected answer from ${url}`);
  }
  return parsed.data;
}

async function errorFrom(response: Response): Promise<ApiRequestError> {
  const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return new ApiRequestError(response.status, ErrorCode.internal, response.statusText);
  const { code, message, field } = parsed.data.error;
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiRequestError(response.status, code, message, field, retryAfter > 0 ? retryAfter : undefined);
}
