import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import '@mantine/core/styles/Card.css';
import { iapDocumentName } from '@iap/shared';
import { sectionTitleKey } from '../iap/sectionText';
import { Countdown } from './Countdown';
import { IdeaBox } from './IdeaBox';
import { IdeaList } from './IdeaList';
import { workshopPlanPath } from './paths';
import { PollCard } from './PollCard';
import { useIdeas, usePolls, type LiveWorkshop } from './workshopsApi';
import { useRefetchWhenPollsClose } from './useRefetchWhenPollsClose';

/**
 * What a participant sees on a 390 px phone: the current item, the countdown, the idea box, the
 * ideas so far and any poll, one column, big touch targets.
 */
export function ParticipantView({ workshop }: { workshop: LiveWorkshop }) {
  const { t } = useTranslation();
  const ideas = useIdeas(workshop.id);
  const polls = usePolls(workshop.id);
  useRefetchWhenPollsClose(workshop, polls.data?.polls);
  const item = workshop.agenda[workshop.currentItem];
  const running = workshop.status === 'running';
  const itemIdeas = (ideas.data?.ideas ?? []).filter((idea) => idea.itemIndex === workshop.currentItem);
  // A member who joined follows on the plan's own page (where they may also write); a guest, or
  // someone who has not joined, on the session's read-only copy.
  const planPath = workshop.me && !workshop.me.guest ? `/doc/${encodeURIComponent(iapDocumentName(workshop.citySlug))}` : workshopPlanPath(workshop.id);

  return (
    <Stack gap="md" className="workshop-phone">
      <Stack gap={2}>
        <Text size="sm" c="gray.7">
          {workshop.title}
          {workshop.me ? ` · ${t('workshops.participant.youAre', { name: workshop.me.name })}` : ''}
        </Text>
        {running && item ? (
          <>
            <Text size="sm" c="gray.7">
              {t('workshops.agenda.itemOf', { number: workshop.currentItem + 1, total: workshop.agenda.length })}
            </Text>
            <Title order={1} size="h2">
              {item.title}
            </Title>
          </>
        ) : (
          <Title order={1} size="h2">
            {workshop.status === 'ended' ? t('workshops.participant.ended') : t('workshops.participant.notStarted')}
          </Title>
        )}
      </Stack>
      {running && (
        <Card withBorder>
          <Countdown workshop={workshop} size="phone" />
        </Card>
      )}
      {running && workshop.followMe && (
        <Card withBorder>
          <Stack gap="xs">
            <Text>{t('workshops.follow.guiding')}</Text>
            <Button component={Link} to={planPath} size="md">
              {t('workshops.follow.openToFollow')}
            </Button>
          </Stack>
        </Card>
      )}
      {running && (
        <Text size="sm">
          {item?.sectionId ? `${t('workshops.participant.section', { section: t(sectionTitleKey(item.sectionId)) })} ` : ''}
          {!workshop.followMe && (
            <Anchor component={Link} to={planPath}>
              {t('workshops.participant.openPlan')}
            </Anchor>
          )}
        </Text>
      )}
      {(polls.data?.polls ?? []).map((poll) => (
        <PollCard key={poll.id} workshopId={workshop.id} poll={poll} canRun={false} />
      ))}
      {running && (
        <Card withBorder component="section" aria-labelledby="idea-box-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="idea-box-heading">
              {t('workshops.ideas.title')}
            </Title>
            <IdeaBox workshopId={workshop.id} />
          </Stack>
        </Card>
      )}
      {running && <IdeaList workshopId={workshop.id} ideas={itemIdeas} canRun={false} label={t('workshops.ideas.listLabel')} />}
    </Stack>
  );
}
