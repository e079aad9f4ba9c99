import type { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { LoadMore } from '../app/load-more';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { type Viewer, useViewer } from '../app/viewer';
import { MyVisitsDocument, PublicVisitsDocument, type VisitListFieldsFragment, VisitInboxDocument } from '../gql/features/graphql';
import { VisitCardList } from './visit-card';
import { useVisitStrings } from './visit-strings';

export const VISIT_PAGE_SIZE = 20;

/** The cities the viewer may request visits for (editors and admins; VISIT_REQUEST in the policy). */
export function requestingCities(viewer: Viewer | null) {
  return (viewer?.memberships ?? []).filter((m) => m.role === 'EDITOR' || m.role === 'ADMIN').map((m) => m.city);
}

interface ListResult {
  connection: VisitListFieldsFragment | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
  fetchMore: (options: { variables: { after: string | null } }) => Promise<unknown>;
  networkStatus: NetworkStatus;
}

/** One section: its heading, the cards or the empty text, and "load more". */
function VisitSection({ id, title, empty, errorText, list }: { id: string; title: string; empty: string; errorText: string; list: ListResult }) {
  const { t } = useVisitStrings();
  const { connection } = list;
  let body: React.ReactNode;
  if (list.error && !connection) {
    body = <ErrorState message={errorText} onRetry={() => list.refetch()} />;
  } else if (!connection) {
    body = <LoadingState label={t('visits.overview.loading')} />;
  } else if (connection.nodes.length === 0) {
    body = <Text c="dimmed">{empty}</Text>;
  } else {
    body = (
      <>
        <VisitCardList visits={connection.nodes} labelledBy={id} />
        <LoadMore connection={connection} fetchMore={list.fetchMore} networkStatus={list.networkStatus} />
      </>
    );
  }
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {body}
    </Stack>
  );
}

function SignedInLists() {
  const { t } = useVisitStrings();
  const options = { variables: { first: VISIT_PAGE_SIZE }, notifyOnNetworkStatusChange: true } as const;
  const inbox = useQuery(VisitInboxDocument, options);
  const mine = useQuery(MyVisitsDocument, options);
  return (
    <>
      <VisitSection
        id="visits-inbox"
        title={t('visits.overview.inbox')}
        empty={t('visits.overview.inboxEmpty')}
        errorText={t('visits.overview.error')}
        list={{ ...inbox, connection: inbox.data?.visitInbox }}
      />
      <VisitSection
        id="visits-mine"
        title={t('visits.overview.mine')}
        empty={t('visits.overview.mineEmpty')}
        errorText={t('visits.overview.error')}
        list={{ ...mine, connection: mine.data?.myVisits }}
      />
    </>
  );
}

function PublicList() {
  const { t } = useVisitStrings();
  const list = useQuery(PublicVisitsDocument, { variables: { first: VISIT_PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  return (
    <VisitSection
      id="visits-public"
      title={t('visits.overview.public')}
      empty={t('visits.overview.publicEmpty')}
      errorText={t('visits.overview.error')}
      list={{ ...list, connection: list.data?.publicVisits }}
    />
  );
}

/** `/kunjungan`: what awaits the viewer and their cities' visits; signed out, the public visits. */
export function VisitsPage() {
  const { t } = useVisitStrings();
  const { viewer, loading } = useViewer();
  const canRequest = requestingCities(viewer).length > 0;
  return (
    <Stack gap="xl">
      <PageTitle title={t('visits.overview.title')} />
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={1}>{t('visits.overview.title')}</Title>
          {canRequest && (
            <Button component={Link} to="/kunjungan/ajukan">
              {t('visits.overview.request')}
            </Button>
          )}
        </Group>
        <Text>{t('visits.overview.intro')}</Text>
      </Stack>
      {loading ? <LoadingState label={t('visits.overview.loading')} /> : viewer ? <SignedInLists /> : <PublicList />}
    </Stack>
  );
}
