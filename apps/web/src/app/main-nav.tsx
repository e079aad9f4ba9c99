import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';

const NAV_ITEMS = [
  { to: '/praktik', labelKey: 'nav.practices' },
  { to: '/kunjungan', labelKey: 'nav.visits' },
  { to: '/metrik', labelKey: 'nav.metrics' },
  { to: '/kota', labelKey: 'nav.cities' },
] as const;

function NavItem({
  to,
  label,
  fullWidth,
  onNavigate,
}: {
  to: string;
  label: string;
  fullWidth: boolean;
  onNavigate?: () => void;
}) {
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      variant={active ? 'filled' : 'subtle'}
      color={active ? undefined : 'dark'}
      aria-current={active ? 'page' : undefined}
      fullWidth={fullWidth}
      styles={fullWidth ? { inner: { justifyContent: 'flex-start' } } : undefined}
      onClick={onNavigate}
    >
      {label}
    </Button>
  );
}

/** The main navigation links: a row in the header, a column in the mobile menu. */
export function MainNav({ vertical = false, onNavigate }: { vertical?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const items = NAV_ITEMS.map((item) => (
    <NavItem key={item.to} to={item.to} label={t(item.labelKey)} fullWidth={vertical} onNavigate={onNavigate} />
  ));
  return vertical ? (
    <Stack gap={4}>{items}</Stack>
  ) : (
    <Group gap={4} wrap="wrap">
      {items}
    </Group>
  );
}
