import { useTranslation } from 'react-i18next';
import { Button, Group, Paper, Text } from '@mantine/core';
import { sectionTitleKey } from '../../iap/sectionText';
import type { FollowState } from './useFollowFacilitator';
import './follow.css';

/**
 * The bar at the bottom of a participant's plan while the facilitator has Follow me on: says
 * whether this person follows (and to which section), and lets them step out or come back.
 */
export function FollowBar({ follow }: { follow: FollowState }) {
  const { t } = useTranslation();
  if (!follow.active) return null;
  const message = !follow.following
    ? t('workshops.follow.stopped')
    : follow.sectionId
      ? t('workshops.follow.following', { section: t(sectionTitleKey(follow.sectionId)) })
      : t('workshops.follow.followingNoSection');
  return (
    <Paper className="workshop-follow-bar" shadow="md" withBorder p="sm" component="aside" aria-label={t('workshops.follow.barLabel')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text fw={600} aria-live="polite" data-testid="follow-status">
          {message}
        </Text>
        <Button size="md" variant={follow.following ? 'default' : 'filled'} onClick={follow.following ? follow.stop : follow.resume}>
          {follow.following ? t('workshops.follow.stop') : t('workshops.follow.again')}
        </Button>
      </Group>
    </Paper>
  );
}
