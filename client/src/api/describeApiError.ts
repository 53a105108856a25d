import type { TFunction } from 'i18next';
import { ErrorCode } from '@iap/shared';
import { ApiRequestError, ClientErrorCode } from './ApiRequestError';

/**
 * A sentence for the person, in their language, for a failed request. The server's own
 * message is English and written for developers, so it is not shown as such.
 */
export function describeApiError(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiRequestError)) return t('errors.unexpected');
  switch (error.code) {
    case ClientErrorCode.network:
      return t('errors.network');
    case ErrorCode.unauthenticated:
      return t('errors.unauthenticated');
    case ErrorCode.forbidden:
      return t('errors.forbidden');
    case ErrorCode.notFound:
      return t('errors.notFound');
    case ErrorCode.conflict:
      return t('errors.conflict');
    case ErrorCode.gone:
      return t('errors.gone');
    case ErrorCode.invalidPayload:
      return t('errors.invalidPayload');
    case ErrorCode.rateLimited:
      return t('errors.rateLimited');
    default:
      return t('errors.unexpected');
  }
}
