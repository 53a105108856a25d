import { useTranslation } from 'react-i18next';
import { Group, Loader, Text } from '@mantine/core';
import type { SaveStatus } from './saveStatus';

interface SaveStatusBadgeProps {
  status: SaveStatus;
}

const LABEL_KEYS = {
  connecting: 'saveStatus.connecting',
  saving: 'saveStatus.saving',
  saved: 'saveStatus.saved',
  viewOnly: 'saveStatus.viewOnly',
  offline: 'saveStatus.offline',
  offlineUnsaved: 'saveStatus.offlineUnsaved',
  refused: 'saveStatus.refused',
} as const satisfies Record<SaveStatus, string>;

/** The save state in words; a polite live region, so a screen reader hears it without losing its place. */
export function SaveStatusBadge({ status }: SaveStatusBadgeProps) {
  const { t } = useTranslation();
  const busy = status === 'connecting' || status === 'saving';
  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={status}
      className="save-status"
    >
      {busy ? <Loader size={10} color="gray.7" aria-hidden /> : <span className="save-status__dot" aria-hidden />}
      <Text size="sm" fw={500} className="save-status__label">
        {t(LABEL_KEYS[status])}
      </Text>
    </Group>
  );
}
