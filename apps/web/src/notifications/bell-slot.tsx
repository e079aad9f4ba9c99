import { lazy, Suspense } from 'react';

// The bell (its query and strings) loads in a chunk of its own, after the signed-in menu.
const NotificationBell = lazy(() => import('./notification-bell'));

/** For the header, signed in only: the bell with the unread count. */
export function NotificationBellSlot() {
  return (
    <Suspense fallback={null}>
      <NotificationBell />
    </Suspense>
  );
}
