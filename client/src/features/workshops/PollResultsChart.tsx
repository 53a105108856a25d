import { useTranslation } from 'react-i18next';
import { Progress, Stack, Text } from '@mantine/core';
import type { PollResults } from '@iap/shared';

/** The ranked results as horizontal bars, each with its count in words (not colour alone). */
export function PollResultsChart({ results, label }: { results: PollResults; label: string }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...results.options.map((option) => option.votes));
  return (
    <Stack gap="xs" component="ol" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {results.options.map((option) => (
        <li key={option.id}>
          <Text size="sm" fw={600}>
            {option.label} · {t('workshops.poll.votes', { count: option.votes })}
          </Text>
          <Progress value={(option.votes / most) * 100} size="lg" aria-hidden />
        </li>
      ))}
    </Stack>
  );
}
