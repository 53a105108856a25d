import { useTranslation } from 'react-i18next';
import { Button, Group, Stack, Text } from '@mantine/core';
import type { Workshop } from '@iap/shared';
import { useWorkshopMutation, workshopsApi } from './workshopsApi';

/** The agenda with the current item marked, and previous/next for whoever runs the session. */
export function AgendaPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const advance = useWorkshopMutation(workshop.id, (to: number) => workshopsApi.advance(workshop.id, to));
  const running = workshop.status === 'running';
  return (
    <Stack gap="sm">
      <ol style={{ margin: 0, paddingInlineStart: '1.5rem' }}>
        {workshop.agenda.map((item, index) => {
          const current = running && index === workshop.currentItem;
          return (
            <li key={index} aria-current={current ? 'step' : undefined} className={current ? 'workshop-agenda-current' : undefined}>
              <Text span fw={current ? 700 : 400}>
                {item.title}
              </Text>{' '}
              <Text span size="sm" c="gray.7">
                {t('workshops.agenda.minutes', { count: item.minutes })}
                {current ? ` · ${t('workshops.agenda.now')}` : ''}
              </Text>
            </li>
          );
        })}
      </ol>
      {running && (
        <Group gap="xs">
          <Button variant="default" disabled={workshop.currentItem === 0} onClick={() => advance.mutate(workshop.currentItem - 1)}>
            {t('workshops.agenda.previous')}
          </Button>
          <Button disabled={workshop.currentItem >= workshop.agenda.length - 1} onClick={() => advance.mutate(workshop.currentItem + 1)}>
            {t('workshops.agenda.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
