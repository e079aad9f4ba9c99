import { Button, Group } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../app/viewer';

// The signed-in menu (links, pending counts, sign-out dialogs) is a chunk of its own: a signed-out
// visitor, most of them, needs only the two links below.
const UserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.UserMenu })));
// The notification bell, likewise for signed-in viewers only, in its own chunk.
const NotificationBellSlot = lazy(() => import('../notifications/public').then((m) => ({ default: m.NotificationBellSlot })));

const itemStyles = { inner: { justifyContent: 'flex-start' } } as const;

export function AccountMenu() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  if (loading) return null;
  if (!viewer) {
    return (
      <Group gap={4} wrap="nowrap">
        <Button component={Link} to="/masuk" variant="subtle" color="dark">
          {t('userMenu.signIn')}
        </Button>
        <Button component={Link} to="/daftar" visibleFrom="md">
          {t('userMenu.signUp')}
        </Button>
      </Group>
    );
  }
  // A new menu (closed) for each user.
  return (
    <Group gap={6} wrap="nowrap">
      <Suspense fallback={null}>
        <NotificationBellSlot />
      </Suspense>
      <Suspense fallback={null}>
        <UserMenu key={viewer.id} viewer={viewer} />
      </Suspense>
    </Group>
  );
}

/** In the mobile menu: "Daftar" (hidden from the narrow header) when signed out. */
export function MobileAccountLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  if (loading || viewer) return null;
  return (
    <Button component={Link} to="/daftar" fullWidth onClick={onNavigate} styles={itemStyles}>
      {t('userMenu.signUp')}
    </Button>
  );
}
