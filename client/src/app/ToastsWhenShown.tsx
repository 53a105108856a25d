import { lazy, Suspense, useState } from 'react';
import { useNotifications } from '@mantine/notifications';

const Toasts = lazy(() => import('./Toasts').then((module) => ({ default: module.Toasts })));

/**
 * Mounts the toasts' container once the first toast is shown. `notifications.show()` (from
 * '@mantine/notifications', which bundles only its small store when the component is not
 * imported) works from anywhere at any time: the store keeps the toast until the container
 * arrives and shows it. Stays mounted afterwards, so later toasts animate in and out as usual.
 */
export function ToastsWhenShown() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Toasts />
    </Suspense>
  );
}
