import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { WORKSHOP_LIMITS } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { useDecisions, useWorkshopMutation, workshopsApi } from './workshopsApi';

/** What the ULG agreed, recorded by whoever runs the session. */
export function DecisionsPanel({ workshopId, canRecord }: { workshopId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const decisions = useDecisions(workshopId);
  const [text, setText] = useState('');
  const decide = useWorkshopMutation(workshopId, (value: string) => workshopsApi.decide(workshopId, value));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    decide.mutate(text, { onSuccess: () => setText('') });
  };
  const list = decisions.data?.decisions ?? [];
  return (
    <Stack gap="sm">
      {list.length === 0 ? (
        <Text c="gray.7">{t('workshops.decisions.none')}</Text>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {list.map((decision) => (
            <li key={decision.id} style={{ whiteSpace: 'pre-wrap' }}>
              {decision.text}
            </li>
          ))}
        </ol>
      )}
      {canRecord && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Textarea label={t('workshops.decisions.new')} value={text} onChange={(event) => setText(event.currentTarget.value)} maxLength={WORKSHOP_LIMITS.decisionLength} autosize minRows={2} required />
            {decide.error && (
              <Alert color="red" role="alert">
                {describeApiError(t, decide.error)}
              </Alert>
            )}
            <Button type="submit" loading={decide.isPending} disabled={text.trim() === ''} style={{ alignSelf: 'flex-start' }}>
              {t('workshops.decisions.record')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
