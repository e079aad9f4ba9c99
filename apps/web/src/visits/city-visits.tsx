import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { badgeStyle, DemoBadge } from '../app/badges';
import { formatDate } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { ErrorState, LoadingState } from '../app/status-views';
import { CityVisitsSectionDocument, type VisitSide, type VisitState } from '../gql/features/graphql';
import { VisitStateBadge } from './visit-badges';
import { useVisitPagesStrings } from './visit-pages-strings';

/** The profile shows the latest few each way; the calendar has the rest. */
export const CITY_VISITS_SHOWN = 5;
/** What a city profile lists: visits that took place or will (public unless private, then members only). */
const SHOWN_STATES: VisitState[] = ['CONFIRMED', 'COMPLETED'];

function VisitList({ citySlug, side }: { citySlug: string; side: VisitSide }) {
  const { t, i18n } = useVisitPagesStrings();
  const language = currentLanguage(i18n);
  const { data, error } = useQuery(CityVisitsSectionDocument, { variables: { citySlug, side, states: SHOWN_STATES, first: CITY_VISITS_SHOWN } });
  const hosted = side === 'HOST';
  const headingId = `city-visits-${side.toLowerCase()}-heading`;
  let body: ReactNode;
  if (error && !data) body = <ErrorState message={t('visitPages.city.error')} />;
  else if (!data) body = <LoadingState label={t('visitPages.city.loading')} />;
  else if (data.cityVisits.nodes.length === 0) body = <Text c="dimmed">{hosted ? t('visitPages.city.hostedEmpty') : t('visitPages.city.madeEmpty')}</Text>;
  else {
    const more = data.cityVisits.totalCount - data.cityVisits.nodes.length;
    body = (
      <>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.cityVisits.nodes.map((visit) => {
            const other = hosted ? visit.visitingCity : visit.hostCity;
            return (
              <li key={visit.id}>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/kunjungan/${visit.id}`} fw={600}>
                    {visit.startsAt ? formatDate(visit.startsAt, language, visit.hostTimeZone) : t('visitPages.city.noDate')}
                  </Anchor>
                  <Text size="sm">{hosted ? t('visitPages.city.from', { city: other.name }) : t('visitPages.city.to', { city: other.name })}</Text>
                  <VisitStateBadge state={visit.state} />
                  {visit.isPrivate && (
                    <Badge color="gray.8" variant="outline" size="sm" style={badgeStyle}>
                      {t('visitPages.calendar.private')}
                    </Badge>
                  )}
                  {visit.isDemo && <DemoBadge />}
                </Group>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {visit.purpose}
                </Text>
              </li>
            );
          })}
        </Stack>
        {more > 0 && <Text size="sm">{t('visitPages.city.moreInCalendar', { count: more })}</Text>}
      </>
    );
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {hosted ? t('visitPages.city.hostedHeading') : t('visitPages.city.madeHeading')}
      </Title>
      {body}
    </Stack>
  );
}

/** The city profile's section: visits the city hosted and made, with a link to its calendar. */
export default function CityVisits({ citySlug, cityName }: { citySlug: string; cityName: string }) {
  const { t } = useVisitPagesStrings();
  return (
    <Stack component="section" gap="md" aria-labelledby="city-visits-heading">
      <Title order={2} size="h3" id="city-visits-heading">
        {t('visitPages.city.heading')}
      </Title>
      <VisitList citySlug={citySlug} side="HOST" />
      <VisitList citySlug={citySlug} side="VISITING" />
      <Anchor component={Link} to={`/kunjungan/kalender?kota=${encodeURIComponent(citySlug)}&tampilan=bulan`}>
        {t('visitPages.city.calendar', { city: cityName })}
      </Anchor>
    </Stack>
  );
}
