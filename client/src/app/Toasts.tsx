import { Notifications } from '@mantine/notifications';
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';

/**
 * Where toasts (short confirmations such as a changed role) appear. Loaded by ToastsWhenShown
 * with the first toast, with its stylesheets: most visits show none.
 */
export function Toasts() {
  return <Notifications position="bottom-right" />;
}
