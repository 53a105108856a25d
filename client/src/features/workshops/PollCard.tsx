import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import '@mantine/core/styles/Card.css';
import { ErrorCode, type Poll } from '@iap/shared';
import { isApiError } from '../../api/ApiRequestError';
import { describeApiError } from '../../api/describeApiError';
import { PollResultsChart } from './PollResultsChart';
import { usePollResults, useWorkshopMutation, workshopsApi } from './workshopsApi';

/**
 * One dot vote. Participants get a big button per option while it is open and the ranked
 * results once closed; whoever runs the session sees the counts live and closes it.
 */
export function PollCard({ workshopId, poll, canRun }: { workshopId: string; poll: Poll; canRun: boolean }) {
  const { t, i18n } = useTranslation();
  const results = usePollResults(workshopId, poll.id, canRun || poll.closed);
  const vote = useWorkshopMutation(workshopId, (optionId: string) => workshopsApi.vote(workshopId, poll.id, optionId));
  const close = useWorkshopMutation(workshopId, () => workshopsApi.closePoll(workshopId, poll.id));
  const left = poll.votesPerPerson - poll.myVotes.length;
  const headingId = `poll-${poll.id}`;
  const voteError = vote.error
    ? isApiError(vote.error, ErrorCode.voteBudgetExhausted)
      ? t('workshops.poll.budgetUsed')
      : isApiError(vote.error, ErrorCode.pollClosed)
        ? t('workshops.poll.closedError')
        : describeApiError(t, vote.error)
    : null;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" id={headingId}>
            {poll.question}
          </Title>
          <Badge color={poll.closed ? 'gray' : 'green'} variant="dot" style={{ flexShrink: 0 }}>
            {poll.closed ? t('workshops.poll.closed') : t('workshops.poll.open')}
          </Badge>
        </Group>
        {!poll.closed && !canRun && (
          <>
            <Text size="sm" aria-live="polite">
              {t('workshops.poll.dotsLeft', { count: left, total: poll.votesPerPerson })}
            </Text>
            <Stack gap="xs">
              {poll.options.map((option) => {
                const mine = poll.myVotes.filter((id) => id === option.id).length;
                return (
                  <Button
                    key={option.id}
                    size="lg"
                    variant={mine > 0 ? 'filled' : 'default'}
                    disabled={left === 0 || vote.isPending}
                    onClick={() => vote.mutate(option.id)}
                    justify="space-between"
                    rightSection={mine > 0 ? <span>{t('workshops.poll.myDots', { count: mine })}</span> : null}
                    fullWidth
                    // Long options wrap instead of being cut off on a phone.
                    h="auto"
                    py="sm"
                    styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
                  >
                    <VisuallyHidden>{t('workshops.poll.voteHidden')}</VisuallyHidden>
                    {option.label}
                  </Button>
                );
              })}
            </Stack>
            {voteError && (
              <Alert color="red" role="alert">
                {voteError}
              </Alert>
            )}
          </>
        )}
        {results.data && <PollResultsChart results={results.data} label={t('workshops.poll.resultsOf', { question: poll.question })} />}
        {!poll.closed && poll.closesAt && (
          <Text size="sm">{t('workshops.poll.closesAt', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(poll.closesAt)) })}</Text>
        )}
        {!poll.closed && !canRun && <Text size="sm" c="gray.7">{t('workshops.poll.hiddenUntilClosed')}</Text>}
        {canRun && !poll.closed && (
          <Button variant="light" color="red" onClick={() => close.mutate(undefined)} loading={close.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('workshops.poll.close')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
