import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionIcon, Group, Indicator, Popover, Text, UnstyledButton } from '@mantine/core';
import { NotificationList } from './NotificationList';
import { useMarkNotificationsRead, useNotifications } from './useNotifications';
import './notifications.css';

/** The header's bell: how many notifications are unread, and the list of them. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const query = useNotifications(true);
  const markRead = useMarkNotificationsRead();
  const unread = query.data?.unreadCount ?? 0;
  const unreadIds = query.data?.notifications.filter((item) => !item.readAt).map((item) => item.id) ?? [];

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width="min(22.5rem, calc(100vw - 1rem))" shadow="md" trapFocus returnFocus withinPortal>
      {/* The target is the button itself: Mantine gives it aria-expanded and aria-controls. */}
      <Indicator label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>} size={18} color="red.8" disabled={unread === 0} offset={4}>
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray.8" size="lg" aria-label={t('notifications.open', { count: unread })} onClick={() => setOpened((open) => !open)}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-label={t('notifications.title')}>
        <Group justify="space-between" px="md" py="xs" className="notification-list__head">
          <Text component="h2" fw={650} size="sm">
            {t('notifications.title')}
          </Text>
          {unreadIds.length > 0 && (
            <UnstyledButton className="notification-list__mark-all" onClick={() => markRead.mutate(unreadIds)}>
              {t('notifications.markAllRead')}
            </UnstyledButton>
          )}
        </Group>
        <NotificationList
          notifications={query.data?.notifications ?? []}
          failed={query.isError}
          onOpen={(notification) => {
            if (!notification.readAt) markRead.mutate([notification.id]);
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
