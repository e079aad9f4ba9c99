// The signed-in user's menu in the header, loaded only for a signed-in viewer (account-menu.tsx).
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useClickOutside, useMediaQuery } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoBadge } from '../app/badges';
import { administersACity, MY_CITIES_PATH, usePendingCounts } from '../memberships/public';
import { practiceAccountLinks, usePracticeCounts } from '../practices/public';
import { useSignOut } from './use-sign-out';
import { canDo, type Viewer } from '../app/viewer';

const SignOutEverywhereDialog = lazy(() =>
  import('./sign-out-everywhere-dialog').then((m) => ({ default: m.SignOutEverywhereDialog })),
);

export interface AccountLink {
  to: string;
  label: string;
  /** What waits there (shown beside the label when above 0). */
  pending?: number;
}

/** Profile plus the admin pages this user may open (from the API's allowedActions), with what waits there. */
export function accountLinks(
  viewer: Viewer,
  t: TFunction,
  pending: { myCities: number; verificationQueue: number; practices?: { sentBack: number; toReview: number } } = { myCities: 0, verificationQueue: 0 },
): AccountLink[] {
  const links: AccountLink[] = [{ to: '/profil', label: t('userMenu.profile') }];
  if (administersACity(viewer)) links.push({ to: MY_CITIES_PATH, label: t('userMenu.myCities'), pending: pending.myCities });
  links.push(...practiceAccountLinks(viewer, t, pending.practices));
  if (canDo(viewer, 'REPRESENTATION_REVIEW')) links.push({ to: '/admin/verifikasi', label: t('userMenu.verification'), pending: pending.verificationQueue });
  if (canDo(viewer, 'AUDIT_LOG_VIEW')) links.push({ to: '/admin/audit', label: t('userMenu.audit') });
  for (const membership of viewer.memberships) {
    if (membership.allowedActions.includes('CITY_MEMBERS_VIEW')) {
      links.push({
        to: `/kota/${membership.city.slug}/anggota`,
        label: t('userMenu.cityMembers', { city: membership.city.name }),
      });
    }
  }
  return links;
}

const itemStyles = { inner: { justifyContent: 'flex-start' } } as const;

/** "Admin Platform (demo)" → "AP": the menu button on narrow screens. */
export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, '').charAt(0))
    .filter(Boolean);
  return (letters.slice(0, 2).join('') || '?').toUpperCase();
}

/**
 * The signed-in user's menu: a disclosure (a button that shows a panel of links and actions),
 * the pattern for site navigation; Escape or a click elsewhere closes it.
 */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [opened, setOpened] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useClickOutside<HTMLDivElement>(() => setOpened(false));
  const { signOut, loading, failed, clearFailure } = useSignOut();
  const pending = { ...usePendingCounts(viewer), practices: usePracticeCounts(viewer) };
  const waiting = pending.myCities + pending.verificationQueue + pending.practices.sentBack + pending.practices.toReview;
  const name = viewer.isDemo ? `${viewer.displayName} · ${t('account.demoBadge')}` : viewer.displayName;
  const waitingText = waiting > 0 ? t('userMenu.waiting', { count: waiting }) : '';
  // The accessible name starts with what is visible (WCAG 2.5.3, label in name): the initials and
  // the count on narrow screens (below Mantine's `sm`), the name and the count on wider ones.
  const narrow = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const accessibleName = narrow
    ? `${initials(viewer.displayName)}${waitingText ? ` ${waitingText}` : ''} — ${name}`
    : `${name}${waitingText ? ` · ${waitingText}` : ''}`;

  const close = () => {
    setOpened(false);
    clearFailure();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && opened) {
      close();
      buttonRef.current?.focus();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the open menu closes it.
    <div ref={rootRef} className="user-menu" onKeyDown={onKeyDown}>
      <Button
        ref={buttonRef}
        variant="default"
        px={{ base: 'xs', sm: 'md' }}
        // Narrow screens show initials only: the name (and the demo mark) stay in the accessible name.
        aria-label={accessibleName}
        aria-expanded={opened}
        aria-controls={opened ? panelId : undefined}
        onClick={() => (opened ? close() : setOpened(true))}
      >
        <Group gap={6} wrap="nowrap" visibleFrom="sm">
          <Text inherit truncate maw={{ base: 140, md: 200 }}>
            {viewer.displayName}
          </Text>
          {viewer.isDemo && <DemoBadge />}
        </Group>
        <Text inherit hiddenFrom="sm" aria-hidden="true">
          {initials(viewer.displayName)}
        </Text>
        {waiting > 0 && (
          <Badge ml={6} size="sm" color="red.9" variant="filled" circle aria-hidden="true">
            {waiting}
          </Badge>
        )}
      </Button>
      {opened && (
        <Paper id={panelId} className="user-menu-panel" withBorder shadow="md" p="xs" radius="md">
          <Stack gap={4}>
            <Stack gap={2} px="xs" pt={4}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {viewer.displayName}
                </Text>
                {viewer.isDemo && <DemoBadge />}
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {viewer.email}
              </Text>
            </Stack>
            <ul className="plain-list">
              {accountLinks(viewer, t, pending).map((link) => (
                <li key={link.to}>
                  <Button
                    component={Link}
                    to={link.to}
                    variant="subtle"
                    color="dark"
                    fullWidth
                    styles={itemStyles}
                    onClick={close}
                    rightSection={
                      link.pending ? (
                        <Badge size="sm" color="red.9" variant="filled" aria-label={t('userMenu.waiting', { count: link.pending })}>
                          {link.pending}
                        </Badge>
                      ) : undefined
                    }
                  >
                    {link.label}
                  </Button>
                </li>
              ))}
            </ul>
            <hr className="menu-divider" />
            {failed && !confirming && (
              <Alert color="red" variant="light" role="alert" p="xs">
                {t('userMenu.signOutFailed')}
              </Alert>
            )}
            <Button
              variant="subtle"
              color="dark"
              fullWidth
              styles={itemStyles}
              loading={loading && !confirming}
              onClick={() => void signOut(false)}
            >
              {t('userMenu.signOut')}
            </Button>
            <Button
              variant="subtle"
              color="red.9"
              // The subtle variant's light red text is below 4.5:1 on white: use the dark shade.
              c="red.9"
              fullWidth
              styles={itemStyles}
              disabled={loading}
              onClick={() => {
                clearFailure();
                setConfirming(true);
              }}
            >
              {t('userMenu.signOutEverywhere')}
            </Button>
          </Stack>
        </Paper>
      )}
      {confirming && (
        <Suspense fallback={null}>
          <SignOutEverywhereDialog
            loading={loading}
            failed={failed}
            onCancel={() => {
              clearFailure();
              setConfirming(false);
            }}
            onConfirm={async () => {
              if (await signOut(true)) {
                setConfirming(false);
                setOpened(false);
              }
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** Header: "Masuk"/"Daftar" when signed out; the user menu when signed in. */
