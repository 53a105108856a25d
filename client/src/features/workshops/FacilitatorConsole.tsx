import { useTranslation } from 'react-i18next';
import { Button, Card, Grid, Group, Stack, Switch, Text, Title } from '@mantine/core';
// Only this console uses a Switch: its stylesheet loads with it, not before every page's first paint.
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Grid.css';
import { AgendaPanel } from './AgendaPanel';
import { AttendancePanel } from './AttendancePanel';
import { Countdown } from './Countdown';
import { DecisionsPanel } from './DecisionsPanel';
import { IdeaList } from './IdeaList';
import { JoinQrCode } from './JoinQrCode';
import { MinutesView } from './MinutesView';
import { PollCard } from './PollCard';
import { PollCreator } from './PollCreator';
import { TimerControls } from './TimerControls';
import { useIdeas, usePolls, useWorkshopMutation, workshopsApi, type LiveWorkshop } from './workshopsApi';
import { useRefetchWhenPollsClose } from './useRefetchWhenPollsClose';

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** The facilitator's screen: agenda, countdown, join code and QR, ideas, votes, decisions, end and minutes. */
export function FacilitatorConsole({ workshop }: { workshop: LiveWorkshop }) {
  const { t } = useTranslation();
  const ideas = useIdeas(workshop.id);
  const polls = usePolls(workshop.id);
  useRefetchWhenPollsClose(workshop, polls.data?.polls);
  const start = useWorkshopMutation(workshop.id, () => workshopsApi.start(workshop.id));
  const end = useWorkshopMutation(workshop.id, () => workshopsApi.end(workshop.id));
  const follow = useWorkshopMutation(workshop.id, (on: boolean) => workshopsApi.follow(workshop.id, on));
  const running = workshop.status === 'running';
  const itemIdeas = (ideas.data?.ideas ?? []).filter((idea) => idea.itemIndex === workshop.currentItem);
  const item = workshop.agenda[workshop.currentItem];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {workshop.title}
          </Title>
          <Text size="sm" c="gray.7">
            {t(`workshops.console.status.${workshop.status}`)} · {t('workshops.console.joined', { count: workshop.attendance })}
          </Text>
        </Stack>
        {workshop.status === 'planned' && (
          <Button size="md" onClick={() => start.mutate(undefined)} loading={start.isPending}>
            {t('workshops.console.start')}
          </Button>
        )}
        {running && (
          <Button size="md" color="red" variant="light" onClick={() => end.mutate(undefined)} loading={end.isPending}>
            {t('workshops.console.end')}
          </Button>
        )}
      </Group>
      {workshop.status === 'ended' ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Panel id="minutes-heading" title={t('workshops.minutes.title')}>
              <MinutesView workshop={workshop} />
            </Panel>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Panel id="attendance-heading" title={t('workshops.attendance.title', { count: workshop.attendance })}>
              <AttendancePanel workshop={workshop} />
            </Panel>
          </Grid.Col>
        </Grid>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <Panel id="join-heading" title={t('workshops.console.joinTitle')}>
                <Group gap="lg" align="center">
                  <Stack gap={4}>
                    <Text size="sm">{t('workshops.console.joinHint', { host: window.location.host })}</Text>
                    <Text className="workshop-join-code" aria-label={t('workshops.console.codeLabel', { code: workshop.joinCode.split('').join(' ') })}>
                      {workshop.joinCode}
                    </Text>
                  </Stack>
                  <JoinQrCode code={workshop.joinCode} label={t('workshops.console.qrLabel')} />
                </Group>
              </Panel>
              {running && (
                <Panel id="timer-heading" title={item ? item.title : t('workshops.timer.title')}>
                  <Countdown workshop={workshop} size="console" />
                  <TimerControls workshop={workshop} />
                  <Switch
                    size="md"
                    label={t('workshops.follow.toggle')}
                    description={t('workshops.follow.toggleHint')}
                    checked={workshop.followMe}
                    disabled={follow.isPending}
                    onChange={(event) => follow.mutate(event.currentTarget.checked)}
                  />
                </Panel>
              )}
              <Panel id="agenda-heading" title={t('workshops.agenda.title')}>
                <AgendaPanel workshop={workshop} />
              </Panel>
              <Panel id="attendance-heading" title={t('workshops.attendance.title', { count: workshop.attendance })}>
                <AttendancePanel workshop={workshop} />
              </Panel>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <Panel id="ideas-heading" title={t('workshops.ideas.ofItem', { count: itemIdeas.length })}>
                <IdeaList
                  workshopId={workshop.id}
                  ideas={itemIdeas}
                  canRun
                  label={t('workshops.ideas.listLabel')}
                  groupLabels={(ideas.data?.ideas ?? []).flatMap((idea) => (idea.group === null ? [] : [idea.group]))}
                />
              </Panel>
              {(polls.data?.polls ?? []).map((poll) => (
                <PollCard key={poll.id} workshopId={workshop.id} poll={poll} canRun />
              ))}
              {running && (
                <Panel id="poll-heading" title={t('workshops.poll.newTitle')}>
                  <PollCreator workshop={workshop} ideas={itemIdeas} />
                </Panel>
              )}
              <Panel id="decisions-heading" title={t('workshops.decisions.title')}>
                <DecisionsPanel workshopId={workshop.id} canRecord={running} />
              </Panel>
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
