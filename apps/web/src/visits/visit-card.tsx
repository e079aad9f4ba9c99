import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { currentLanguage } from '../app/i18n';
import type { VisitCardFieldsFragment } from '../gql/features/graphql';
import { VisitDemoBadge, VisitStateBadge } from './visit-badges';
import { useVisitStrings } from './visit-strings';
import { formatRange } from './visit-time';

/** When: the confirmed slot, else the first proposed window and how many there are. */
function VisitWhen({ visit }: { visit: VisitCardFieldsFragment }) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  if (visit.startsAt && visit.endsAt) return <Text size="sm">{formatRange(visit.startsAt, visit.endsAt, visit.hostTimeZone, language)}</Text>;
  const [first] = visit.windows;
  if (!first) return null;
  return (
    <Text size="sm">
      {t('visits.card.proposed', { count: visit.windows.length, first: formatRange(first.startsAt, first.endsAt, visit.hostTimeZone, language) })}
    </Text>
  );
}

export function VisitCard({ visit }: { visit: VisitCardFieldsFragment }) {
  const { t } = useVisitStrings();
  return (
    <Paper withBorder p="md" component="article">
      <Stack gap={6}>
        <Anchor component={Link} to={`/kunjungan/${visit.id}`} fw={600}>
          {t('visits.card.route', { visiting: visit.visitingCity.name, host: visit.hostCity.name })}
        </Anchor>
        <Group gap="xs">
          <VisitStateBadge state={visit.state} />
          {visit.isDemo && <VisitDemoBadge />}
        </Group>
        <VisitWhen visit={visit} />
        <Text size="sm" c="dimmed" lineClamp={2}>
          {visit.purpose}
        </Text>
      </Stack>
    </Paper>
  );
}

/** A list of visits, one card each, labelled by its section heading. */
export function VisitCardList({ visits, labelledBy }: { visits: readonly VisitCardFieldsFragment[]; labelledBy: string }) {
  return (
    <Stack component="ul" gap="sm" aria-labelledby={labelledBy} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {visits.map((visit) => (
        <li key={visit.id}>
          <VisitCard visit={visit} />
        </li>
      ))}
    </Stack>
  );
}
