import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryErrorView, SignInRequired } from '../app/access-views';
import { formatDate } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { cityActions, useViewer, type Viewer } from '../app/viewer';
import { MyAdministeredCitiesDocument, type MyAdministeredCitiesQuery } from '../gql/features/graphql';
import { InvitationsTable } from './invitations-table';
import { MembersTable } from './members-table';
import { useMembershipStrings } from './membership-strings';

type AdministeredCity = MyAdministeredCitiesQuery['myAdministeredCities'][number];

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm">{label}</Text>
    </Paper>
  );
}

function PendingRequests({ requests }: { requests: AdministeredCity['pendingRequests'] }) {
  const { t, i18n } = useMembershipStrings();
  const language = currentLanguage(i18n);
  if (requests.length === 0) return <Text c="dimmed">{t('myCities.noRequests')}</Text>;
  return (
    <List spacing="xs">
      {requests.map((request) => (
        <List.Item key={request.id}>
          <Group gap={6} wrap="wrap">
            <Text span fw={500}>
              {request.user.displayName}
            </Text>
            <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
              {request.user.email}
            </Text>
            <Text span size="sm" c="dimmed">
              {t('myCities.requestedOn', { date: formatDate(request.createdAt, language) })}
            </Text>
            {request.officialEmailIsGovernment && (
              <Badge color="teal.9" variant="filled" size="sm" style={{ textTransform: 'none' }}>
                {t('verification.governmentDomain')}
              </Badge>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

function CitySection({ entry, viewer }: { entry: AdministeredCity; viewer: Viewer }) {
  const { t } = useMembershipStrings();
  const { city } = entry;
  const actions = cityActions(viewer, city.slug);
  const headingId = `my-city-${city.id}`;
  return (
    <Stack component="section" gap="md" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} id={headingId}>
          {city.name}
        </Title>
        <Button component={Link} to={`/kota/${city.slug}/anggota`} variant="default" size="sm">
          {t('myCities.manage')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Count label={t('myCities.counts.members', { count: entry.members.length })} value={entry.members.length} />
        <Count label={t('myCities.counts.requests', { count: entry.pendingRequests.length })} value={entry.pendingRequests.length} />
        <Count label={t('myCities.counts.invitations', { count: entry.openInvitations.length })} value={entry.openInvitations.length} />
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('myCities.needsAction', { count: entry.needsAction.length })}
        </Title>
        {entry.needsAction.length === 0 ? (
          <Text c="dimmed">{t('myCities.nothingWaits')}</Text>
        ) : (
          <List spacing="xs">
            {entry.needsAction.map((task) => (
              <List.Item key={task}>{t(`myCities.tasks.${task}`, { count: entry.pendingRequests.length })}</List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('myCities.requestsHeading')}
        </Title>
        <PendingRequests requests={entry.pendingRequests} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('myCities.invitationsHeading')}
        </Title>
        <InvitationsTable invitations={entry.openInvitations} actions={actions} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('myCities.membersHeading')}
        </Title>
        <MembersTable members={entry.members} city={city} actions={actions} viewer={viewer} />
      </Stack>
    </Stack>
  );
}

function MyCitiesContent({ viewer }: { viewer: Viewer }) {
  const { t } = useMembershipStrings();
  const { data, error, refetch, networkStatus } = useQuery(MyAdministeredCitiesDocument, { notifyOnNetworkStatusChange: true });
  if (error && !data) {
    return (
      <QueryErrorView
        error={error}
        message={t('myCities.error')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {});
        }}
      />
    );
  }
  if (!data) return <LoadingState label={t('myCities.loading')} />;
  const cities = data.myAdministeredCities;
  if (cities.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{t('myCities.none')}</Text>
          <Anchor component={Link} to="/profil">
            {t('myCities.noneLink')}
          </Anchor>
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack gap={48}>
      {cities.map((entry) => (
        <CitySection key={entry.city.id} entry={entry} viewer={viewer} />
      ))}
    </Stack>
  );
}

/** `/kota-saya`: for each city the viewer administers, what it holds and what waits for them. */
export function MyCitiesPage() {
  const { t } = useMembershipStrings();
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState label={t('common.loading')} />;
  if (!viewer) return <SignInRequired />;
  return (
    <Stack gap="xl">
      <PageTitle title={t('myCities.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('myCities.title')}</Title>
        <Text c="dimmed">{t('myCities.intro')}</Text>
      </Stack>
      <MyCitiesContent viewer={viewer} />
    </Stack>
  );
}
