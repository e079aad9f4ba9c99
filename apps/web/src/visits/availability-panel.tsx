import { useQuery } from '@apollo/client/react';
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { localeFor } from '../app/i18n';
import { currentLanguage } from '../app/i18n';
import { VisitAvailabilityDocument } from '../gql/features/graphql';
import { useVisitStrings } from './visit-strings';
import { formatRange, zoneLabel } from './visit-time';

const LOOK_AHEAD_DAYS = 90;

/** ISO weekday 1 (Monday) .. 7 as a name in the language. */
function weekdayName(weekday: number, locale: string): string {
  // 2018-10-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2018, 9, weekday)));
}

/**
 * The host's availability while dates are chosen: weekly hours, exceptions and the slots already
 * taken in the next months (times only), all in the host's zone.
 */
export function AvailabilityPanel({ citySlug, cityName }: { citySlug: string; cityName: string }) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  const range = useMemo(() => {
    const from = new Date();
    from.setUTCHours(0, 0, 0, 0);
    return { from: from.toISOString(), to: new Date(from.getTime() + LOOK_AHEAD_DAYS * 86_400_000).toISOString() };
  }, []);
  const { data, error } = useQuery(VisitAvailabilityDocument, { variables: { citySlug, ...range } });
  const availability = data?.visitAvailability;
  let body: React.ReactNode;
  if ((error && !availability) || data?.visitAvailability === null) body = <Text c="red.9">{t('visits.availability.error')}</Text>;
  else if (!availability) body = <Text>{t('visits.availability.loading')}</Text>;
  else {
    const zone = zoneLabel(availability.timeZone);
    const locale = localeFor(language);
    body = (
      <Stack gap="xs">
        <Text size="sm">{t('visits.availability.hours', { zone })}</Text>
        <List size="sm">
          {availability.rules.map((rule) => (
            <List.Item key={`${rule.weekday}-${rule.startTime}`}>
              {t('visits.availability.rule', { day: weekdayName(rule.weekday, locale), start: rule.startTime, end: rule.endTime })}
            </List.Item>
          ))}
        </List>
        {availability.isDefault && <Text size="sm" c="dimmed">{t('visits.availability.default')}</Text>}
        <Text size="sm">{t('visits.availability.capacity', { count: availability.capacity })}</Text>
        {availability.exceptions.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('visits.availability.exceptions')}
            </Text>
            <List size="sm">
              {availability.exceptions.map((exception) => (
                <List.Item key={exception.date}>
                  {exception.available
                    ? t('visits.availability.openOn', { date: exception.date, start: exception.startTime ?? '', end: exception.endTime ?? '' })
                    : t('visits.availability.closedOn', { date: exception.date })}
                  {exception.note ? ` — ${exception.note}` : ''}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="sm" fw={600}>
          {t('visits.availability.busy')}
        </Text>
        {availability.busy.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('visits.availability.noBusy')}
          </Text>
        ) : (
          <List size="sm">
            {availability.busy.map((slot) => (
              <List.Item key={slot.startsAt}>{formatRange(slot.startsAt, slot.endsAt, availability.timeZone, language)}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="visit-availability">
      <Stack gap="xs">
        <Title order={3} size="h4" id="visit-availability">
          {t('visits.availability.title', { city: cityName })}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
