import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Autocomplete, Badge, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import '@mantine/core/styles/CheckboxCard.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Card.css';
import { groupIdeas, WORKSHOP_LIMITS, type Idea } from '@iap/shared';
import { describeApiError } from '../../api/describeApiError';
import { useWorkshopMutation, workshopsApi } from './workshopsApi';

interface IdeaListProps {
  workshopId: string;
  ideas: Idea[];
  canRun: boolean;
  label: string;
  /** Every group label of the session, offered when grouping (a group may span items). */
  groupLabels?: string[];
}

/**
 * The ideas of one agenda item, by group, newest last. Whoever runs the session can make one an
 * action, and group them without dragging: tick ideas, name the group (or pick one), press Group.
 */
export function IdeaList({ workshopId, ideas, canRun, label, groupLabels = [] }: IdeaListProps) {
  const { t } = useTranslation();
  const promote = useWorkshopMutation(workshopId, (ideaId: string) => workshopsApi.promote(workshopId, ideaId));
  const group = useWorkshopMutation(workshopId, (input: { ideaIds: string[]; group: string | null }) => workshopsApi.groupIdeas(workshopId, input.ideaIds, input.group));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [groupName, setGroupName] = useState('');
  if (ideas.length === 0) return <Text c="gray.7">{t('workshops.ideas.none')}</Text>;

  const chosen = ideas.filter((idea) => selected.has(idea.id)).map((idea) => idea.id);
  const toggle = (ideaId: string, on: boolean): void =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(ideaId);
      else next.delete(ideaId);
      return next;
    });
  const regroup = (target: string | null): void =>
    group.mutate({ ideaIds: chosen, group: target }, { onSuccess: () => setSelected(new Set()) });
  const groups = groupIdeas(ideas);
  const error = promote.error ?? group.error;

  return (
    <Stack gap="sm">
      {error && (
        <Text c="red.9" role="alert">
          {describeApiError(t, error)}
        </Text>
      )}
      {canRun && (
        <Group align="flex-end" gap="xs" wrap="wrap" role="group" aria-label={t('workshops.ideas.groupTools')}>
          <Autocomplete
            label={t('workshops.ideas.groupName')}
            value={groupName}
            onChange={setGroupName}
            data={[...new Set(groupLabels)]}
            maxLength={WORKSHOP_LIMITS.groupLength}
            style={{ flex: '1 1 12rem' }}
          />
          <Button onClick={() => regroup(groupName.trim())} disabled={chosen.length === 0 || groupName.trim() === ''} loading={group.isPending && group.variables?.group !== null}>
            {t('workshops.ideas.groupSelected', { count: chosen.length })}
          </Button>
          <Button variant="default" onClick={() => regroup(null)} disabled={chosen.length === 0} loading={group.isPending && group.variables?.group === null}>
            {t('workshops.ideas.ungroupSelected')}
          </Button>
        </Group>
      )}
      {groups.map((ideaGroup) => {
        const heading = ideaGroup.label ?? (groups.length > 1 ? t('workshops.ideas.ungrouped') : null);
        return (
          <Stack gap="xs" key={ideaGroup.label ?? ''}>
            {heading !== null && (
              <Text component="h3" fw={700} m={0} size="md">
                {ideaGroup.label === null ? heading : t('workshops.ideas.groupHeading', { group: ideaGroup.label, count: ideaGroup.ideas.length })}
              </Text>
            )}
            <Stack gap="xs" component="ul" aria-label={heading === null ? label : `${label}: ${heading}`} className="workshop-plain-list">
              {ideaGroup.ideas.map((idea) => (
                <Card key={idea.id} withBorder padding="sm" component="li">
                  <Group gap="sm" align="flex-start" wrap="nowrap">
                    {canRun && (
                      <Checkbox
                        mt={4}
                        size="md"
                        checked={selected.has(idea.id)}
                        onChange={(event) => toggle(idea.id, event.currentTarget.checked)}
                        aria-label={t('workshops.ideas.select', { text: idea.text.slice(0, 80) })}
                      />
                    )}
                    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
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
                  </Group>
                </Card>
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}
