import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import '@mantine/core/styles/NumberInput.css';
import { WORKSHOP_LIMITS, type Idea } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { useWorkshopMutation, workshopsApi, type LiveWorkshop } from './workshopsApi';

/** Starts a dot vote: a question, dots per person, one option per line (or the current item's ideas). */
export function PollCreator({ workshop, ideas }: { workshop: LiveWorkshop; ideas: Idea[] }) {
  const workshopId = workshop.id;
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [votes, setVotes] = useState<number>(3);
  const [limitMinutes, setLimitMinutes] = useState<number | null>(null);
  const [options, setOptions] = useState('');
  const create = useWorkshopMutation(workshopId, (input: Parameters<typeof workshopsApi.createPoll>[1]) => workshopsApi.createPoll(workshopId, input));
  const labels = options
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const byText = new Map(ideas.map((idea) => [idea.text.slice(0, WORKSHOP_LIMITS.optionLabelLength), idea.id]));
    create.mutate(
      {
        question,
        votesPerPerson: votes,
        // On the server's clock (this device's may be off), from the gap measured with the session.
        ...(limitMinutes ? { closesAt: new Date(Date.now() + Date.parse(workshop.serverNow) - workshop.receivedAt + limitMinutes * 60_000).toISOString() } : {}),
        options: labels.map((label) => {
          const ideaId = byText.get(label.slice(0, WORKSHOP_LIMITS.optionLabelLength));
          return { label: label.slice(0, WORKSHOP_LIMITS.optionLabelLength), ...(ideaId ? { ideaId } : {}) };
        }),
      },
      {
        onSuccess: () => {
          setQuestion('');
          setOptions('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput label={t('workshops.poll.question')} value={question} onChange={(event) => setQuestion(event.currentTarget.value)} required maxLength={WORKSHOP_LIMITS.questionLength} />
        <NumberInput
          label={t('workshops.poll.votesPerPerson')}
          value={votes}
          onChange={(value) => setVotes(typeof value === 'number' ? value : 1)}
          min={1}
          max={WORKSHOP_LIMITS.votesPerPerson}
          w={200}
        />
        <NumberInput
          label={t('workshops.poll.timeLimit')}
          description={t('workshops.poll.timeLimitHint')}
          value={limitMinutes ?? ''}
          onChange={(value) => setLimitMinutes(typeof value === 'number' && value > 0 ? value : null)}
          min={1}
          max={120}
          w={200}
        />
        <Textarea
          label={t('workshops.poll.options')}
          description={t('workshops.poll.optionsHint')}
          value={options}
          onChange={(event) => setOptions(event.currentTarget.value)}
          autosize
          minRows={3}
          required
        />
        {create.error && (
          <Alert color="red" role="alert">
            {describeApiError(t, create.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={() => setOptions(ideas.map((idea) => idea.text).join('\n'))} disabled={ideas.length === 0}>
            {t('workshops.poll.useIdeas')}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={labels.length < 2 || question.trim() === ''}>
            {t('workshops.poll.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
