import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Center, Loader, Stack, VisuallyHidden } from '@mantine/core';
import { describeApiError } from './describeApiError';

interface QueryStateProps<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  /** What is loading, for screen readers ("Loading your cities"). */
  loadingLabel: string;
  children: (data: T) => ReactNode;
}

/** Shows a labelled spinner while a query loads, an alert with a retry button if it fails, then `children`. */
export function QueryState<T>({ query, loadingLabel, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader />
        <VisuallyHidden>{loadingLabel}</VisuallyHidden>
      </Center>
    );
  }
  return (
    <Alert color="red" title={t('errors.loadFailed')} role="alert">
      <Stack gap="sm" align="flex-start">
        {describeApiError(t, query.error)}
        <Button variant="default" size="xs" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
