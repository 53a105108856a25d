import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { WORKSHOP_LIMITS } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { usePlanActions } from './usePlanActions';
import { useDecisions, useWorkshopMutation, workshopsApi } from './workshopsApi';

/**
 * What the ULG agreed, recorded by whoever runs the session, with the plan's actions it concerns
 * picked from the plan's own list (A1, A2… with their titles), never typed as ids.
 */
export function DecisionsPanel({ workshopId, canRecord }: { workshopId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const decisions = useDecisions(workshopId);
  // Asked again when the picker opens: the plan changes during the session (ideas become actions).
  const actions = usePlanActions(workshopId);
  const [text, setText] = useState('');
  const [actionIds, setActionIds] = useState<string[]>([]);
  const decide = useWorkshopMutation(workshopId, (input: { text: string; actionIds: string[] }) => workshopsApi.decide(workshopId, input.text, input.actionIds));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    decide.mutate(
      { text, actionIds },
      {
        onSuccess: () => {
          setText('');
          setActionIds([]);
        },
      },
    );
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
              {decision.actionIds.length > 0 && (
                <Text size="sm" c="gray.7">
                  {actions.concerns(decision.actionIds)}
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
      {canRecord && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <Textarea label={t('workshops.decisions.new')} value={text} onChange={(event) => setText(event.currentTarget.value)} maxLength={WORKSHOP_LIMITS.decisionLength} autosize minRows={2} required />
            <MultiSelect
              label={t('workshops.decisions.actions')}
              description={actions.list.length === 0 && actions.query.isSuccess ? t('workshops.decisions.noActions') : t('workshops.decisions.actionsHint')}
              data={actions.list.map((action) => ({ value: action.id, label: actions.labels.get(action.id) ?? action.id }))}
              value={actionIds}
              onChange={setActionIds}
              onDropdownOpen={() => void actions.query.refetch()}
              searchable
              clearable
              nothingFoundMessage={t('workshops.decisions.noMatch')}
            />
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
