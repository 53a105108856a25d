import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { PlanState } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { moveLabelKey, noteRequired } from './moveLabel';
import { useMovePlanState } from './planStateApi';

interface MovePlanStateDialogProps {
  documentName: string;
  from: PlanState;
  to: PlanState;
  onClose: () => void;
  onMoved: (state: PlanState) => void;
  /** The menu's button: the item that opened the dialog is gone when it closes. */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}

/** "Finalize the plan?": the move, what it means, a note, and Confirm. */
export function MovePlanStateDialog({ documentName, from, to, onClose, onMoved, returnFocusTo }: MovePlanStateDialogProps) {
  const { t } = useTranslation();
  const moveState = useMovePlanState(documentName);
  const [opened, setOpened] = useState(true);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const required = noteRequired(from, to);
  const [result, setResult] = useState<PlanState | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = note.trim();
    if (required && !trimmed) {
      setNoteMissing(true);
      return;
    }
    moveState.mutate(
      { to, ...(trimmed ? { note: trimmed } : {}) },
      {
        onSuccess: (info) => {
          setResult(info.state);
          setOpened(false);
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={() => setOpened(false)}
      // Tell the parent only once the closing transition ends, so the focus can go back to the menu's button.
      onExitTransitionEnd={() => {
        returnFocusTo.current?.focus();
        if (result) onMoved(result);
        else onClose();
      }}
      returnFocus={false}
      title={t(moveLabelKey(from, to))}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('planState.confirm.body', { from: t(`planState.states.${from}`), to: t(`planState.states.${to}`) })}
          </Text>
          {to === 'final' && <Text size="sm">{t('planState.confirm.final')}</Text>}
          <Textarea
            label={required ? t('planState.confirm.noteRequired') : t('planState.confirm.note')}
            description={required ? t('planState.confirm.noteHint') : undefined}
            required={required}
            autosize
            minRows={2}
            maxLength={2000}
            data-autofocus
            value={note}
            error={noteMissing ? t('planState.confirm.noteMissing') : undefined}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setNoteMissing(false);
            }}
          />
          {moveState.isError && (
            <Alert color="red" role="alert">
              {describeApiError(t, moveState.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={moveState.isPending}>
              {t('planState.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
