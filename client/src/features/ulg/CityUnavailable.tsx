import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Alert, Anchor, Container, Stack, Text } from '@mantine/core';
import { ErrorCode } from '@iap/shared';
import { isApiError } from '../../api/ApiRequestError';
import { describeApiError } from '../../api/describeApiError';

/**
 * The server answers 404 both for a city that does not exist and for one the person may not
 * see (so membership does not leak); the message covers both without guessing which.
 */
export function CityUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const unavailable = isApiError(error, ErrorCode.notFound, ErrorCode.forbidden);
  return (
    <Container size="sm" py="xl">
      <Alert color="orange" title={unavailable ? t('ulg.unavailableTitle') : t('errors.loadFailed')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{unavailable ? t('ulg.unavailableBody') : describeApiError(t, error)}</Text>
          <Anchor component={Link} to="/" size="sm">
            {t('ulg.backToCities')}
          </Anchor>
        </Stack>
      </Alert>
    </Container>
  );
}
