import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { badgeStyle } from '../app/badges';
import { currentLanguage, type Language } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { type VisitDetailFieldsFragment, VisitPageDocument } from '../gql/features/graphql';
import { practiceTitle } from './practice-title';
import { VisitActions } from './visit-actions';
import { VisitDemoBadge, VisitStateBadge } from './visit-badges';
import { useVisitStrings } from './visit-strings';
import { formatMoment, formatRange, formatRangeAlongside } from './visit-time';
import '../app/stacked-table.css';

type Visit = VisitDetailFieldsFragment;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack component="section" gap="xs" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** A range in the host's zone, and on a second line the visiting city's clocks when they differ. */
function TimeRange({ visit, startsAt, endsAt, language }: { visit: Visit; startsAt: string; endsAt: string; language: Language }) {
  const { t } = useVisitStrings();
  const other = formatRangeAlongside(startsAt, endsAt, visit.hostTimeZone, visit.visitingTimeZone, language);
  return (
    <Stack gap={0}>
      <Text>{formatRange(startsAt, endsAt, visit.hostTimeZone, language)}</Text>
      {other && (
        <Text size="sm" c="dimmed">
          {t('visits.windows.alongside', { city: visit.visitingCity.name, time: other })}
        </Text>
      )}
    </Stack>
  );
}

function When({ visit }: { visit: Visit }) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  if (visit.startsAt && visit.endsAt) {
    return (
      <Section id="visit-when" title={t('visits.page.slot')}>
        <TimeRange visit={visit} startsAt={visit.startsAt} endsAt={visit.endsAt} language={language} />
        {visit.venue && <Text>{t('visits.page.venue', { venue: visit.venue })}</Text>}
      </Section>
    );
  }
  if (visit.windows.length === 0) return null;
  const by = visit.windows[0]?.proposedBy === 'HOST' ? visit.hostCity.name : visit.visitingCity.name;
  return (
    <Section id="visit-when" title={t('visits.page.windows', { city: by })}>
      <List>
        {visit.windows.map((w) => (
          <List.Item key={w.id}>
            <TimeRange visit={visit} startsAt={w.startsAt} endsAt={w.endsAt} language={language} />
          </List.Item>
        ))}
      </List>
      {visit.venue && <Text>{t('visits.page.venue', { venue: visit.venue })}</Text>}
    </Section>
  );
}

/** The calendar file (any visit with a slot) and the request letter (members of either city). */
function Documents({ visit }: { visit: Visit }) {
  const { t } = useVisitStrings();
  const member = visit.delegation !== null;
  const calendar = Boolean(visit.startsAt);
  const completed = visit.state === 'COMPLETED';
  if (!member && !calendar && !completed) return null;
  return (
    <Group gap="sm">
      {completed && (
        <Button component={Link} to={`/kunjungan/${visit.id}/laporan`} variant="light" size="sm">
          {t('visits.page.report')}
        </Button>
      )}
      {calendar && (
        <Button component="a" href={`/calendar/visits/${visit.id}.ics`} download variant="default" size="sm">
          {t('visits.page.ics')}
        </Button>
      )}
      {member && (
        <Button component="a" href={`/visits/${visit.id}/letter.pdf`} target="_blank" rel="noopener" variant="default" size="sm">
          {t('visits.page.letter')}
        </Button>
      )}
    </Group>
  );
}

function People({ visit }: { visit: Visit }) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  return (
    <>
      {visit.delegation && (
        <Section id="visit-delegation" title={t('visits.page.delegation', { city: visit.visitingCity.name, count: visit.delegation.length })}>
          <Table.ScrollContainer minWidth={480} type="native" className="stacked-table-scroll">
            <Table striped className="stacked-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('visits.request.name')}</Table.Th>
                  <Table.Th scope="col">{t('visits.request.position')}</Table.Th>
                  <Table.Th scope="col">{t('visits.request.agency')}</Table.Th>
                  <Table.Th scope="col">{t('visits.page.email')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visit.delegation.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td data-label={t('visits.request.name')}>
                      {d.name}
                      {d.isLeader && (
                        <Badge ml="xs" size="xs" variant="light" color="blue.9" style={badgeStyle}>
                          {t('visits.leader')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('visits.request.position')}>{d.title}</Table.Td>
                    <Table.Td data-label={t('visits.request.agency')}>{d.agency}</Table.Td>
                    <Table.Td data-label={t('visits.page.email')}>{d.email ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Section>
      )}
      {visit.hostParticipants && visit.hostParticipants.length > 0 && (
        <Section id="visit-hosts" title={t('visits.page.hostParticipants', { city: visit.hostCity.name })}>
          <List>
            {visit.hostParticipants.map((p) => (
              <List.Item key={p.id}>
                {t('visits.delegate', { name: p.name, title: p.title, agency: p.agency ?? visit.hostCity.name })}
                {p.role ? ` — ${p.role}` : ''}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {visit.agenda && visit.agenda.length > 0 && (
        <Section id="visit-agenda" title={t('visits.page.agenda')}>
          <List>
            {visit.agenda.map((item) => (
              <List.Item key={item.id}>
                <Text span fw={600}>
                  {formatMoment(item.startsAt, visit.hostTimeZone, language)}
                </Text>{' '}
                {item.title}
                {item.practice && (
                  <>
                    {' — '}
                    <Anchor component={Link} to={`/praktik/${item.practice.id}`}>
                      {practiceTitle(item.practice.texts, language)}
                    </Anchor>
                  </>
                )}
                {item.presenter ? ` (${item.presenter})` : ''}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
    </>
  );
}

function Timeline({ visit }: { visit: Visit }) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  if (!visit.timeline) return null;
  const cityOf = (side: string | null | undefined) => (side === 'HOST' ? visit.hostCity.name : side === 'VISITING' ? visit.visitingCity.name : null);
  return (
    <Section id="visit-timeline" title={t('visits.page.timeline')}>
      <List component="ol" spacing="xs">
        {visit.timeline.map((event) => {
          const city = cityOf(event.side);
          return (
            <List.Item key={event.id}>
              <Text span fw={600}>
                {t(`visits.timeline.${event.action}`, { defaultValue: event.action })}
              </Text>
              {event.toState && event.fromState !== event.toState && ` → ${t(`visits.states.${event.toState}`)}`}
              <Text size="sm" c="dimmed">
                {[formatMoment(event.at, visit.hostTimeZone, language), event.actorName, city].filter(Boolean).join(' · ')}
              </Text>
              {event.detail && <Text size="sm">{event.detail}</Text>}
            </List.Item>
          );
        })}
      </List>
    </Section>
  );
}

function VisitView({ visit }: { visit: Visit }) {
  const { t, i18n } = useVisitStrings();
  const language = currentLanguage(i18n);
  const title = t('visits.card.route', { visiting: visit.visitingCity.name, host: visit.hostCity.name });
  return (
    <Stack gap="xl">
      <PageTitle title={title} />
      <Stack gap="sm">
        <Anchor component={Link} to="/kunjungan" size="sm">
          {t('visits.backToVisits')}
        </Anchor>
        <Title order={1}>{title}</Title>
        <Group gap="xs">
          <VisitStateBadge state={visit.state} />
          {visit.isDemo && <VisitDemoBadge />}
          {visit.isPrivate && (
            <Badge color="gray.8" variant="outline" size="sm" style={badgeStyle}>
              {t('visits.page.private')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={`/kota/${visit.visitingCity.slug}`}>
            {visit.visitingCity.name}
          </Anchor>{' '}
          {t('visits.page.visits')}{' '}
          <Anchor component={Link} to={`/kota/${visit.hostCity.slug}`}>
            {visit.hostCity.name}
          </Anchor>
        </Text>
        <Documents visit={visit} />
      </Stack>
      <VisitActions visit={visit} />
      <When visit={visit} />
      <Section id="visit-purpose" title={t('visits.page.purpose')}>
        <Text style={{ whiteSpace: 'pre-line' }}>{visit.purpose}</Text>
        {visit.topics.length > 0 && <Text size="sm">{t('visits.request.topicsList', { topics: visit.topics.join(', ') })}</Text>}
      </Section>
      {visit.practices.length > 0 && (
        <Section id="visit-practices" title={t('visits.page.practices')}>
          <List>
            {visit.practices.map((p) => (
              <List.Item key={p.id}>
                <Anchor component={Link} to={`/praktik/${p.id}`}>
                  {practiceTitle(p.texts, language)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      <People visit={visit} />
      <Timeline visit={visit} />
    </Stack>
  );
}

/** `/kunjungan/:visitId`: one visit, what the viewer may do with it, and its history. */
export function VisitPage() {
  const { visitId = '' } = useParams();
  const { t } = useVisitStrings();
  const { data, error, refetch, networkStatus } = useQuery(VisitPageDocument, { variables: { id: visitId }, notifyOnNetworkStatusChange: true });
  if (error && !data) {
    return (
      <Stack gap="md">
        <PageTitle title={t('visits.page.error')} />
        <ErrorState message={t('visits.page.error')} retrying={networkStatus === NetworkStatus.refetch} onRetry={() => void refetch().catch(() => {})} />
      </Stack>
    );
  }
  if (!data) return <LoadingState label={t('visits.page.loading')} />;
  if (!data.visit) {
    return (
      <Paper p="xl">
        <Stack gap="md" align="flex-start">
          <PageTitle title={t('visits.page.notFoundTitle')} />
          <Title order={1}>{t('visits.page.notFoundTitle')}</Title>
          <Text>{t('visits.page.notFoundBody')}</Text>
          <Button component={Link} to="/kunjungan">
            {t('visits.backToVisits')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  return <VisitView visit={data.visit} />;
}
