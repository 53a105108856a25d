import { useTranslation } from 'react-i18next';
import { Text } from '@mantine/core';
import type { LiveWorkshop } from './workshopsApi';
import { formatCountdown, useCountdown } from './useCountdown';

/** The big shared countdown. Not a live region: a screen reader would read it every second. */
export function Countdown({ workshop, size }: { workshop: Pick<LiveWorkshop, 'timer' | 'serverNow' | 'receivedAt'>; size: 'console' | 'phone' }) {
  const { t } = useTranslation();
  const left = useCountdown(workshop.timer, workshop.serverNow, workshop.receivedAt);
  return (
    <div className={`workshop-countdown workshop-countdown-${size}`}>
      <Text component="span" className="workshop-countdown-digits" role="timer" aria-label={t('workshops.timer.label', { time: formatCountdown(left) })}>
        {formatCountdown(left)}
      </Text>
      <Text size="sm" c={left === 0 ? 'red.9' : 'gray.7'}>
        {left === 0 ? t('workshops.timer.up') : workshop.timer.running ? t('workshops.timer.running') : t('workshops.timer.paused')}
      </Text>
    </div>
  );
}
