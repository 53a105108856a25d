import { useTranslation } from 'react-i18next';
import { Button, Group } from '@mantine/core';
import type { Workshop, WorkshopTimerRequest } from '@iap/shared';
import { useWorkshopMutation, workshopsApi } from './workshopsApi';

/** Start or pause the shared countdown, add a minute or five. The server keeps the time. */
export function TimerControls({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const timer = useWorkshopMutation(workshop.id, (request: WorkshopTimerRequest) => workshopsApi.timer(workshop.id, request));
  return (
    <Group gap="xs" justify="center">
      {workshop.timer.running ? (
        <Button onClick={() => timer.mutate({ action: 'pause' })}>{t('workshops.timer.pause')}</Button>
      ) : (
        <Button onClick={() => timer.mutate({ action: 'start' })}>{t('workshops.timer.start')}</Button>
      )}
      <Button variant="default" onClick={() => timer.mutate({ action: 'add', seconds: 60 })}>
        {t('workshops.timer.addOne')}
      </Button>
      <Button variant="default" onClick={() => timer.mutate({ action: 'add', seconds: 300 })}>
        {t('workshops.timer.addFive')}
      </Button>
    </Group>
  );
}
