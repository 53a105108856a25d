import { useTranslation } from 'react-i18next';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Idea } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { useWorkshopMutation, workshopsApi } from './workshopsApi';

/** The ideas of one agenda item, newest last; whoever runs the session can make one an action. */
export function IdeaList({ workshopId, ideas, canRun, label }: { workshopId: string; ideas: Idea[]; canRun: boolean; label: string }) {
  const { t } = useTranslation();
  const promote = useWorkshopMutation(workshopId, (ideaId: string) => workshopsApi.promote(workshopId, ideaId));
  if (ideas.length === 0) return <Text c="gray.7">{t('workshops.ideas.none')}</Text>;
  return (
    <Stack gap="xs" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {promote.error && (
        <Text c="red.9" role="alert">
          {describeApiError(t, promote.error)}
        </Text>
      )}
      {ideas.map((idea) => (
        <Card key={idea.id} withBorder padding="sm" component="li">
          <Stack gap={4}>
            {/* Plain text: React escapes it; an idea never becomes markup. */}
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{idea.text}</Text>
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="gray.7">
                {idea.author ? idea.author.name : t('workshops.ideas.anonymousAuthor')}
                {idea.anonymous && idea.author ? ` · ${t('workshops.ideas.postedAnonymously')}` : ''}
              </Text>
              {idea.actionId ? (
                <Badge variant="dot" color="green">
                  {t('workshops.ideas.isAction')}
                </Badge>
              ) : (
                canRun && (
                  <Button size="xs" variant="light" onClick={() => promote.mutate(idea.id)} loading={promote.isPending && promote.variables === idea.id}>
                    {t('workshops.ideas.makeAction')}
                  </Button>
                )
              )}
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
