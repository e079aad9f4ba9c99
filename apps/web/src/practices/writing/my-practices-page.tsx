import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorView, SignInRequired } from '../../app/access-views';
import { formatDateTime } from '../../app/format-time';
import { currentLanguage } from '../../app/i18n';
import { LoadMore } from '../../app/load-more';
import { PageTitle } from '../../app/page-title';
import { LoadingState } from '../../app/status-views';
import { useViewer } from '../../app/viewer';
import { type MyPracticesListQuery, MyPracticesListDocument } from '../../gql/features/graphql';
import { DemoPracticeBadge, PracticeStateBadge } from './editor-parts';
import { writableCities } from './new-practice-page';
import { useWritingMessages } from './writing-messages';

type Row = MyPracticesListQuery['myPractices']['nodes'][number];

/** Sent back: a draft that a reviewer returned with a comment. */
export const isSentBack = (row: Pick<Row, 'state' | 'reviewComment' | 'reviewedAt'>) =>
  row.state === 'DRAFT' && row.reviewComment != null && row.reviewedAt != null;

function PracticeRow({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  const title = row.texts[0]?.title || t('practiceEditor.untitled');
  const headingId = `mine-${row.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <PracticeStateBadge state={row.state} />
          {isSentBack(row) && (
            <Text span size="sm" fw={600} c="red.9">
              {t('practiceEditor.mineList.sentBack')}
            </Text>
          )}
          {row.isDemo && <DemoPracticeBadge />}
          <Text size="sm" c="dimmed">
            {row.city.name} · {t('practiceEditor.mineList.changed', { date: formatDateTime(row.updatedAt, currentLanguage(i18n)) })}
          </Text>
        </Group>
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {isSentBack(row) && (
          <Alert color="yellow" variant="light" title={t('practiceEditor.returnedTitle')}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{row.reviewComment}</Text>
          </Alert>
        )}
        {row.state === 'PUBLISHED' && row.reviewComment && (
          <Text size="sm">
            {t('practiceEditor.mineList.publishNote')}: {row.reviewComment}
          </Text>
        )}
        <Group gap="md" wrap="wrap">
          {row.state !== 'ARCHIVED' && row.allowedActions.includes('PRACTICE_EDIT') && (
            <Anchor component={Link} to={`/praktik/${row.id}/ubah`} aria-label={t('practiceEditor.mineList.editNamed', { title })}>
              {t('practiceEditor.mineList.edit')}
            </Anchor>
          )}
          <Anchor component={Link} to={`/praktik/${row.id}`}>
            {t('practiceEditor.view')}
          </Anchor>
          <Anchor component={Link} to={`/praktik/${row.id}/riwayat`}>
            {t('practiceEditor.historyLink')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/** /praktik-saya: the viewer's practices and those of their cities, with where each stands. */
export function MyPracticesPage() {
  useWritingMessages();
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MyPracticesListDocument, {
    skip: !viewer,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  if (loading) return <LoadingState label={t('practiceEditor.loading')} />;
  if (!viewer) return <SignInRequired />;
  if (error && !data) {
    return <QueryErrorView error={error} message={t('practiceEditor.loadFailed')} onRetry={() => void refetch()} retrying={networkStatus === NetworkStatus.refetch} />;
  }
  const list = data?.myPractices;
  const sentBack = list?.nodes.filter(isSentBack).length ?? 0;
  const inReview = list?.nodes.filter((row) => row.state === 'IN_REVIEW').length ?? 0;
  return (
    <Stack gap="md">
      <PageTitle title={t('practiceEditor.mineList.title')} />
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('practiceEditor.mineList.title')}</Title>
        {writableCities(viewer).length > 0 && (
          <Button component={Link} to="/praktik/baru">
            {t('practiceEditor.mineList.new')}
          </Button>
        )}
      </Group>
      {!list ? (
        <LoadingState label={t('practiceEditor.loading')} />
      ) : list.nodes.length === 0 ? (
        <Text c="dimmed">{t('practiceEditor.mineList.empty')}</Text>
      ) : (
        <>
          <Text role="status">
            {t('practiceEditor.mineList.summary', { sentBack, inReview })}
          </Text>
          <Stack component="ul" gap="sm" className="plain-list">
            {list.nodes.map((row) => (
              <PracticeRow key={row.id} row={row} />
            ))}
          </Stack>
          <LoadMore connection={list} fetchMore={fetchMore} networkStatus={networkStatus} />
        </>
      )}
    </Stack>
  );
}
