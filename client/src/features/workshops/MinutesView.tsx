import { useTranslation } from 'react-i18next';
import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { groupIdeas, type Workshop } from '@iap/shared';
import { QueryState } from '../../api/QueryState';
import { supportedLanguage } from '../../i18n/languages';
import { PollResultsChart } from './PollResultsChart';
import { usePlanActions } from './usePlanActions';
import { workshopKeys, workshopsApi } from './workshopsApi';

/** The minutes of a session, in the app, with the HTML download; invited stakeholders beside who came, ideas by group. */
export function MinutesView({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation();
  const language = supportedLanguage(i18n.language);
  const workshopId = workshop.id;
  const minutes = useQuery({ queryKey: workshopKeys.minutes(workshopId), queryFn: () => workshopsApi.minutes(workshopId) });
  // The console's minutes name the actions a decision concerns as the plan does (A1 · title).
  const { concerns } = usePlanActions(workshopId, workshop.canRun);
  return (
    <QueryState query={minutes} loadingLabel={t('workshops.minutes.loading')}>
      {(data) => (
        <Stack gap="md">
          <Group gap="md">
            {(['html', 'docx', 'pdf'] as const).map((format) => (
              <Anchor key={format} href={workshopsApi.minutesFileUrl(workshopId, format, language)} download>
                {t(`workshops.minutes.download.${format}`)}
              </Anchor>
            ))}
          </Group>
          <Title order={3} size="h4">
            {t('workshops.minutes.attendance', { count: data.attendance.length })}
          </Title>
          <Text>{data.attendance.map((person) => (person.guest ? t('workshops.minutes.guestName', { name: person.name }) : person.name)).join(', ') || '—'}</Text>
          {data.invited.length > 0 && (
            <>
              <Title order={3} size="h4">
                {t('workshops.attendance.invited', { attended: data.invited.filter((invitee) => invitee.attended).length, total: data.invited.length })}
              </Title>
              <List>
                {data.invited.map((invitee) => (
                  <List.Item key={invitee.id}>
                    {t(invitee.attended ? 'workshops.minutes.invitedCame' : 'workshops.minutes.invitedAbsent', { name: invitee.name })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Title order={3} size="h4">
            {t('workshops.minutes.ideas', { count: data.ideas.length })}
          </Title>
          {groupIdeas(data.ideas).map((group) => (
            <Stack gap={4} key={group.label ?? ''}>
              {group.label !== null && (
                <Text fw={700} component="h4" m={0}>
                  {t('workshops.ideas.groupHeading', { group: group.label, count: group.ideas.length })}
                </Text>
              )}
              <List>
                {group.ideas.map((idea) => (
                  <List.Item key={idea.id}>{idea.text}</List.Item>
                ))}
              </List>
            </Stack>
          ))}
          {data.polls.map((poll, index) => (
            <Stack gap="xs" key={index}>
              <Title order={3} size="h4">
                {poll.question}
              </Title>
              <PollResultsChart results={{ closed: true, options: poll.results }} label={t('workshops.poll.resultsOf', { question: poll.question })} />
            </Stack>
          ))}
          <Title order={3} size="h4">
            {t('workshops.minutes.decisions', { count: data.decisions.length })}
          </Title>
          <List>
            {data.decisions.map((decision) => (
              <List.Item key={decision.id}>
                {decision.text}
                {decision.actionIds.length > 0 && (
                  <Text size="sm" c="gray.7">
                    {concerns(decision.actionIds)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          <Title order={3} size="h4">
            {t('workshops.minutes.planChanges')}
          </Title>
          {data.planChanges && data.planChanges.actions.length > 0 ? (
            <List>
              {data.planChanges.actions.map((action) => (
                <List.Item key={action.id}>{t(`workshops.minutes.action.${action.kind}`, { title: action.title })}</List.Item>
              ))}
            </List>
          ) : (
            <Text c="gray.7">{t('workshops.minutes.noPlanChanges')}</Text>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
