import { Anchor, Box, Burger, Container, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';
import { RouteAnnouncer } from './route-announcer';
import { SiteFooter } from './site-footer';
import { LoadingState } from './status-views';

// The account menu (and the membership parts it shows) is not needed for the first paint: a chunk of its own.
const accounts = () => import('../accounts/public');
const AccountMenu = lazy(() => accounts().then((m) => ({ default: m.AccountMenu })));
const MobileAccountLinks = lazy(() => accounts().then((m) => ({ default: m.MobileAccountLinks })));

const MOBILE_NAV_ID = 'mobile-navigation';

export function Layout() {
  const { t } = useTranslation();
  const [menuOpened, menu] = useDisclosure(false);

  return (
    // Plain elements and app.css rather than Mantine's AppShell: the shell is in every page's first
    // chunk, and AppShell (with its resizing and scroll locking) weighs about 9 kB gzipped there.
    <div className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={menuOpened}
              onClick={menu.toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={menuOpened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={menuOpened}
              aria-controls={MOBILE_NAV_ID}
            />
            <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never" aria-label={t('app.homeLink')}>
              {t('app.name')}
            </Anchor>
          </Group>
          <Box component="nav" aria-label={t('nav.label')} visibleFrom="md">
            <MainNav />
          </Box>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Suspense fallback={null}>
              <AccountMenu />
            </Suspense>
          </Group>
        </Group>
      </header>
      {/* Rendered only while open, so the hidden menu is never in the tab order. */}
      {menuOpened && (
        <Box component="nav" id={MOBILE_NAV_ID} className="app-mobile-nav" p="md" hiddenFrom="md" aria-label={t('nav.label')}>
          <Stack gap="md">
            <MainNav vertical onNavigate={menu.close} />
            <Suspense fallback={null}>
              <MobileAccountLinks onNavigate={menu.close} />
            </Suspense>
          </Stack>
        </Box>
      )}
      <main id="main-content" tabIndex={-1} className="app-main">
        <Container size="lg" px={0}>
          <Suspense fallback={<LoadingState label={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </Container>
      </main>
      <SiteFooter />
      <RouteAnnouncer mainId="main-content" />
      <ScrollRestoration />
    </div>
  );
}
