import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { badgeStyle, DemoBadge } from '../app/badges';
import { currentLanguage, type Language, localeFor } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { cityActions, useViewer } from '../app/viewer';
import {
  type CalendarVisitFieldsFragment,
  VisitCalendarCityDocument,
  VisitCalendarCitySearchDocument,
  VisitCalendarDocument,
  VisitCalendarFeedDocument,
  type VisitState,
} from '../gql/features/graphql';
import { addDays, addMonths, type CalendarView, parseYmd, slotDays, todayIn, viewDays, zonedToUtc } from './calendar-dates';
import { CalendarGrid, type DayEntry } from './calendar-grid';
import { VisitStateBadge } from './visit-badges';
import { useVisitPagesStrings } from './visit-pages-strings';

/** The most visits one view asks for (a month of a busy host fits; the page says when it does not). */
export const CALENDAR_PAGE_SIZE = 100;
const STATES: VisitState[] = ['REQUESTED', 'PROPOSED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'DECLINED', 'WITHDRAWN'];

interface CalendarParams {
  kota: string;
  view: CalendarView;
  date: string | null;
}

function readParams(params: URLSearchParams): CalendarParams {
  const date = params.get('tanggal');
  return {
    kota: params.get('kota')?.trim() ?? '',
    view: params.get('tampilan') === 'minggu' ? 'minggu' : 'bulan',
    date: parseYmd(date) ? date : null,
  };
}

/** `/kunjungan/kalender?…` with the given state. */
function calendarHref({ kota, view, date }: { kota: string; view: CalendarView; date?: string | null }) {
  const params = new URLSearchParams({ kota, tampilan: view });
  if (date) params.set('tanggal', date);
  return `/kunjungan/kalender?${params}`;
}

function timeRange(visit: CalendarVisitFieldsFragment, timeZone: string, language: Language): string {
  const format = new Intl.DateTimeFormat(localeFor(language), { hour: '2-digit', minute: '2-digit', timeZone });
  if (!visit.startsAt) return '';
  return visit.endsAt ? `${format.format(new Date(visit.startsAt))}–${format.format(new Date(visit.endsAt))}` : format.format(new Date(visit.startsAt));
}

const formatDay = (day: string, language: Language, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(localeFor(language), { ...options, timeZone: 'UTC' }).format(parseYmd(day) as Date);

function CityChooser({ notFound }: { notFound?: string }) {
  const { t } = useVisitPagesStrings();
  const { viewer } = useViewer();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(VisitCalendarCitySearchDocument, { variables: { search }, skip: !search });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft.trim());
  };
  const myCities = viewer?.memberships.map((m) => m.city) ?? [];
  return (
    <Stack gap="md" component="section" aria-labelledby="calendar-choose-heading">
      {notFound && (
        <Alert color="red" variant="light" role="alert">
          {t('visitPages.calendar.cityNotFound', { slug: notFound })}
        </Alert>
      )}
      <Title order={2} size="h3" id="calendar-choose-heading">
        {t('visitPages.calendar.chooseHeading')}
      </Title>
      {myCities.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('visitPages.calendar.yourCities')}</Text>
          <ul className="plain-list">
            {myCities.map((city) => (
              <li key={city.slug}>
                <Anchor component={Link} to={calendarHref({ kota: city.slug, view: 'bulan' })}>
                  {city.name}
                </Anchor>
              </li>
            ))}
          </ul>
        </Stack>
      )}
      <form onSubmit={onSubmit}>
        <Group align="flex-end" gap="sm">
          <TextInput label={t('visitPages.calendar.searchLabel')} value={draft} onChange={(event) => setDraft(event.currentTarget.value)} />
          <Button type="submit" variant="default" loading={loading}>
            {t('visitPages.calendar.searchButton')}
          </Button>
        </Group>
      </form>
      {search && data && (
        <div aria-live="polite">
          {data.cities.nodes.length === 0 ? (
            <Text c="dimmed">{t('visitPages.calendar.searchEmpty')}</Text>
          ) : (
            <ul className="plain-list">
              {data.cities.nodes.map((city) => (
                <li key={city.slug}>
                  <Anchor component={Link} to={calendarHref({ kota: city.slug, view: 'bulan' })}>
                    {city.name}
                  </Anchor>{' '}
                  <Text span size="sm" c="dimmed">
                    {city.province.name}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Stack>
  );
}

function Subscribe({ slug, name }: { slug: string; name: string }) {
  const { t } = useVisitPagesStrings();
  const { viewer } = useViewer();
  const actions = cityActions(viewer, slug) as readonly string[];
  const admin = actions.includes('CALENDAR_FEED_MANAGE');
  const feed = useQuery(VisitCalendarFeedDocument, { variables: { citySlug: slug }, skip: !admin });
  const url = feed.data?.calendarFeed?.url;
  return (
    <Stack gap="xs" component="section" aria-labelledby="calendar-subscribe-heading">
      <Title order={2} size="h4" id="calendar-subscribe-heading">
        {t('visitPages.calendar.subscribeHeading')}
      </Title>
      <Text size="sm">{t('visitPages.calendar.subscribePublic', { city: name })}</Text>
      <Anchor href={`/calendar/cities/${encodeURIComponent(slug)}.ics`} size="sm">
        {t('visitPages.calendar.subscribePublicLink')}
      </Anchor>
      {url && (
        <Stack gap={4} maw={640}>
          <Text size="sm">{t('visitPages.calendar.subscribePrivate')}</Text>
          <TextInput readOnly label={t('visitPages.calendar.subscribePrivateLabel')} value={url} onFocus={(event) => event.currentTarget.select()} />
        </Stack>
      )}
      {actions.includes('VISIT_AVAILABILITY_EDIT') && (
        <Anchor component={Link} to={`/kunjungan/ketersediaan/${slug}`} size="sm">
          {t('visitPages.calendar.availabilityLink', { city: name })}
        </Anchor>
      )}
    </Stack>
  );
}

function Legend() {
  const { t } = useVisitPagesStrings();
  return (
    <Group gap="xs" wrap="wrap" component="ul" className="plain-list" aria-label={t('visitPages.calendar.legend')}>
      {STATES.map((state) => (
        <li key={state}>
          <VisitStateBadge state={state} />
        </li>
      ))}
    </Group>
  );
}

function VisitListItem({ entry, citySlug }: { entry: DayEntry; citySlug: string }) {
  const { t } = useVisitPagesStrings();
  const { visit } = entry;
  return (
    <Paper withBorder p="xs" radius="md">
      <Stack gap={2}>
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/kunjungan/${visit.id}`} fw={600}>
            {t('visitPages.calendar.route', { visiting: visit.visitingCity.name, host: visit.hostCity.name })}
          </Anchor>
          <VisitStateBadge state={visit.state} />
          {visit.isPrivate && (
            <Badge color="gray.8" variant="outline" size="sm" style={badgeStyle}>
              {t('visitPages.calendar.private')}
            </Badge>
          )}
          {visit.isDemo && <DemoBadge />}
        </Group>
        <Text size="sm">
          {entry.time} · {visit.hostCity.slug === citySlug ? t('visitPages.calendar.hosting', { city: visit.visitingCity.name }) : t('visitPages.calendar.visiting', { city: visit.hostCity.name })}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {visit.purpose}
        </Text>
      </Stack>
    </Paper>
  );
}

function Calendar({ city, params }: { city: { slug: string; name: string; timeZone: { iana: string; label: string } }; params: CalendarParams }) {
  const { t, i18n } = useVisitPagesStrings();
  const language = currentLanguage(i18n);
  const zone = city.timeZone.iana;
  const today = todayIn(zone);
  const date = params.date ?? today;
  const { view } = params;
  const days = useMemo(() => viewDays(view, date), [view, date]);
  const from = zonedToUtc(`${days[0]}T00:00`, zone).toISOString();
  const to = zonedToUtc(`${addDays(days[days.length - 1] as string, 1)}T00:00`, zone).toISOString();
  const { data, error, refetch, networkStatus } = useQuery(VisitCalendarDocument, {
    variables: { citySlug: city.slug, from, to, first: CALENDAR_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  const entries = useMemo(() => {
    const byDay = new Map<string, DayEntry[]>();
    for (const visit of data?.cityVisits.nodes ?? []) {
      if (!visit.startsAt) continue;
      const label =
        visit.hostCity.slug === city.slug
          ? t('visitPages.calendar.hosting', { city: visit.visitingCity.name })
          : t('visitPages.calendar.visiting', { city: visit.hostCity.name });
      const entry = { visit, time: timeRange(visit, zone, language), label };
      for (const day of slotDays(visit.startsAt, visit.endsAt, zone)) byDay.set(day, [...(byDay.get(day) ?? []), entry]);
    }
    return byDay;
  }, [data, city.slug, zone, language, t]);

  const month = date.slice(0, 7);
  const step = (direction: 1 | -1) => (view === 'bulan' ? addMonths(date, direction) : addDays(date, 7 * direction));
  const period =
    view === 'bulan'
      ? formatDay(date, language, { month: 'long', year: 'numeric' })
      : `${formatDay(days[0] as string, language, { dateStyle: 'medium' })} – ${formatDay(days[6] as string, language, { dateStyle: 'medium' })}`;
  const weekdays = days.slice(0, 7).map((day) => formatDay(day, language, { weekday: 'short' }));
  const listed = days.filter((day) => (view === 'minggu' || day.startsWith(month)) && entries.has(day));
  const connection = data?.cityVisits;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap={4} component="nav" aria-label={t('visitPages.calendar.viewLabel')}>
          {(['bulan', 'minggu'] as const).map((option) => (
            <Button
              key={option}
              component={Link}
              to={calendarHref({ kota: city.slug, view: option, date: params.date })}
              variant={view === option ? 'filled' : 'default'}
              aria-current={view === option ? 'page' : undefined}
              size="sm"
            >
              {option === 'bulan' ? t('visitPages.calendar.month') : t('visitPages.calendar.week')}
            </Button>
          ))}
        </Group>
        <Group gap={4} component="nav" aria-label={t('visitPages.calendar.navLabel')}>
          <Button component={Link} to={calendarHref({ kota: city.slug, view, date: step(-1) })} variant="default" size="sm">
            {view === 'bulan' ? t('visitPages.calendar.previousMonth') : t('visitPages.calendar.previousWeek')}
          </Button>
          <Button component={Link} to={calendarHref({ kota: city.slug, view, date: today })} variant="default" size="sm">
            {t('visitPages.calendar.today')}
          </Button>
          <Button component={Link} to={calendarHref({ kota: city.slug, view, date: step(1) })} variant="default" size="sm">
            {view === 'bulan' ? t('visitPages.calendar.nextMonth') : t('visitPages.calendar.nextWeek')}
          </Button>
        </Group>
      </Group>
      <Title order={2} size="h3" aria-live="polite">
        {period}
      </Title>
      <Legend />
      {error && !data ? (
        <ErrorState message={t('visitPages.calendar.error')} onRetry={() => void refetch().catch(() => {})} retrying={networkStatus === NetworkStatus.refetch} />
      ) : !connection ? (
        <LoadingState label={t('visitPages.calendar.loading')} />
      ) : (
        <>
          {connection.pageInfo.hasNextPage && (
            <Alert color="yellow" variant="light">
              {t('visitPages.calendar.more', { shown: connection.nodes.length, total: connection.totalCount })}
            </Alert>
          )}
          <CalendarGrid view={view} days={days} month={month} today={today} entries={entries} weekdays={weekdays} />
          <Stack gap="sm" component="section" aria-labelledby="calendar-list-heading">
            <Title order={2} size="h4" id="calendar-list-heading">
              {t('visitPages.calendar.listHeading')}
            </Title>
            {listed.length === 0 ? (
              <Text c="dimmed">{view === 'bulan' ? t('visitPages.calendar.emptyMonth') : t('visitPages.calendar.emptyWeek')}</Text>
            ) : (
              listed.map((day) => (
                <Stack key={day} gap={6} component="section" aria-labelledby={`calendar-day-${day}`}>
                  <Title order={3} size="h5" id={`calendar-day-${day}`}>
                    {formatDay(day, language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
                  </Title>
                  <ul className="plain-list">
                    {(entries.get(day) ?? []).map((entry) => (
                      <li key={entry.visit.id} style={{ marginBottom: 'var(--mantine-spacing-xs)' }}>
                        <VisitListItem entry={entry} citySlug={city.slug} />
                      </li>
                    ))}
                  </ul>
                </Stack>
              ))
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}

/** `/kunjungan/kalender?kota=<slug>&tampilan=bulan|minggu&tanggal=YYYY-MM-DD`: a city's visits by month or week. */
export function CalendarPage() {
  const { t } = useVisitPagesStrings();
  const [searchParams] = useSearchParams();
  const params = readParams(searchParams);
  const { data, error, loading, refetch } = useQuery(VisitCalendarCityDocument, { variables: { slug: params.kota }, skip: !params.kota });
  const city = data?.city;
  const title = city ? t('visitPages.calendar.titleCity', { city: city.name }) : t('visitPages.calendar.title');

  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{t('visitPages.calendar.intro')}</Text>
        {city && <Text size="sm">{t('visitPages.calendar.zone', { label: city.timeZone.label, zone: city.timeZone.iana })}</Text>}
      </Stack>
      {!params.kota ? (
        <CityChooser />
      ) : error && !data ? (
        <ErrorState message={t('visitPages.calendar.error')} onRetry={() => void refetch().catch(() => {})} />
      ) : loading || !data ? (
        <LoadingState label={t('visitPages.calendar.loading')} />
      ) : !city ? (
        <CityChooser notFound={params.kota} />
      ) : (
        <>
          <Calendar city={city} params={params} />
          <Subscribe slug={city.slug} name={city.name} />
        </>
      )}
    </Stack>
  );
}
