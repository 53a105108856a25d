import { Link } from '../../app/routing/Link';
import { useTranslation } from 'react-i18next';
import { Text, VisuallyHidden } from '@mantine/core';
import { THREAD_QUERY_PARAM, type Notification } from '@iap/shared';

interface NotificationListProps {
  notifications: Notification[];
  failed: boolean;
  onOpen: (notification: Notification) => void;
}

/** Where a notification leads: the plan, with the comments panel open at the thread. */
export function threadLink(notification: Notification): string {
  return `/doc/${notification.documentName}?${THREAD_QUERY_PARAM}=${encodeURIComponent(notification.threadId)}`;
}

/** The newest notifications, unread ones marked; each opens the plan at its thread. */
export function NotificationList({ notifications, failed, onOpen }: NotificationListProps) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (failed) return <Text size="sm" c="red.8" px="md" py="sm">{t('notifications.loadError')}</Text>;
  if (notifications.length === 0) return <Text size="sm" c="gray.7" px="md" py="sm">{t('notifications.empty')}</Text>;
  return (
    <ul className="notification-list">
      {notifications.map((notification) => {
        const unread = !notification.readAt;
        const what = t(notification.kind === 'mention' ? 'notifications.mention' : 'notifications.reply', {
          actor: notification.actor.name,
          city: notification.city.name,
        });
        return (
          <li key={notification.id}>
            <Link
              to={threadLink(notification)}
              className={unread ? 'notification-item notification-item--unread' : 'notification-item'}
              onClick={() => onOpen(notification)}
            >
              {unread && (
                <>
                  <span className="notification-item__dot" aria-hidden />
                  <VisuallyHidden>{t('notifications.unread')}</VisuallyHidden>
                </>
              )}
              <Text component="span" size="sm" fw={unread ? 650 : 400} className="notification-item__what">
                {what}
              </Text>
              {notification.excerpt && (
                <Text component="span" size="sm" c="gray.8" lineClamp={2} className="notification-item__excerpt">
                  {notification.excerpt}
                </Text>
              )}
              <Text component="span" size="xs" c="gray.7">
                {time.format(new Date(notification.createdAt))}
              </Text>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
