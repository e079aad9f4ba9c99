import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { SignInRequired, QueryErrorView } from '../app/access-views';
import { badgeStyle } from '../app/badges';
import { formatDateTime } from '../app/format-time';
import { currentLanguage } from '../app/i18n';
import { LoadMore } from '../app/load-more';
import { PageTitle } from '../app/page-title';
import { LoadingState } from '../app/status-views';
import { useViewer } from '../app/viewer';
import {
  MarkNotificationsReadDocument,
  type NotificationFieldsFragment,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../gql/features/graphql';
import { useNotificationStrings } from './notification-strings';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Only links inside the app are followed (a notification's link is a path such as /kunjungan/…). */
const isAppPath = (link: string | null | undefined): link is string => !!link && link.startsWith('/') && !link.startsWith('//');

function NotificationItem({
  notification,
  onMarkRead,
  marking,
}: {
  notification: NotificationFieldsFragment;
  onMarkRead: (id: string) => void;
  marking: boolean;
}) {
  const { t, i18n } = useNotificationStrings();
  const unread = !notification.readAt;
  const headingId = `notification-${notification.id}`;
  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      withBorder
      p="sm"
      radius="md"
      // Unread ones have a thicker left edge and the "Belum dibaca" badge: not colour alone.
      style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-8)' } : undefined}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Group gap="xs" wrap="wrap">
            <Title order={2} size="h5" id={headingId}>
              {isAppPath(notification.link) ? (
                <Anchor component={Link} to={notification.link} inherit>
                  {notification.title}
                </Anchor>
              ) : (
                notification.title
              )}
            </Title>
            {unread && (
              <Badge color="blue.9" variant="light" size="sm" style={badgeStyle}>
                {t('notifications.unread')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" component="time" dateTime={notification.createdAt}>
            {formatDateTime(notification.createdAt, currentLanguage(i18n))}
          </Text>
        </Group>
        {notification.body && <Text size="sm">{notification.body}</Text>}
        {unread && (
          <Button
            size="compact-sm"
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            loading={marking}
            aria-label={t('notifications.markReadLabel', { title: notification.title })}
            onClick={() => onMarkRead(notification.id)}
          >
            {t('notifications.markRead')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function NotificationList() {
  const { t } = useNotificationStrings();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const unreadQuery = useQuery(UnreadNotificationCountDocument);
  // The payload gives the new unread count; the list is asked again so each item shows it is read.
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
    awaitRefetchQueries: true,
  });
  const [markingId, setMarkingId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [allRead, setAllRead] = useState(false);

  if (error && !data) {
    return <QueryErrorView error={error} message={t('notifications.error')} onRetry={() => void refetch().catch(() => {})} retrying={networkStatus === NetworkStatus.refetch} />;
  }
  if (!data) return <LoadingState label={t('notifications.loading')} />;

  const connection = data.notifications;
  const unread = unreadQuery.data?.unreadNotificationCount ?? connection.nodes.filter((n) => !n.readAt).length;

  const mark = (input: { ids: string[] } | { all: true }, onDone?: () => void) => {
    setFailed(false);
    setAllRead(false);
    return markRead({ variables: { input } })
      .then((result) => {
        const payload = result.data?.markNotificationsRead;
        if (!payload || payload.userErrors.length > 0) setFailed(true);
        else onDone?.();
      })
      .catch(() => setFailed(true));
  };
  const onMarkRead = (id: string) => {
    setMarkingId(id);
    void mark({ ids: [id] }).finally(() => setMarkingId(null));
  };
  const onMarkAll = () => void mark({ all: true }, () => setAllRead(true));

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" aria-live="polite">
          {t('notifications.unreadCount', { count: unread })}
        </Text>
        {unread > 0 && (
          <Button variant="default" onClick={onMarkAll} loading={marking.loading && markingId === null}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      {failed && (
        <Alert color="red" variant="light" role="alert">
          {t('notifications.markFailed')}
        </Alert>
      )}
      {allRead && unread === 0 && (
        <Alert color="teal" variant="light" role="status">
          {t('notifications.allRead')}
        </Alert>
      )}
      {connection.nodes.length === 0 ? (
        <Text c="dimmed">{t('notifications.empty')}</Text>
      ) : (
        <ul className="plain-list" aria-label={t('notifications.listLabel')}>
          {connection.nodes.map((notification) => (
            <li key={notification.id} style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
              <NotificationItem notification={notification} onMarkRead={onMarkRead} marking={markingId === notification.id} />
            </li>
          ))}
        </ul>
      )}
      {connection.nodes.length > 0 && <LoadMore connection={connection} fetchMore={fetchMore} networkStatus={networkStatus} />}
    </Stack>
  );
}

/** `/notifikasi`: the signed-in user's notifications, newest first. */
export function NotificationsPage() {
  const { t } = useNotificationStrings();
  const { viewer, loading } = useViewer();
  if (loading) return <LoadingState label={t('notifications.loading')} />;
  if (!viewer) return <SignInRequired />;
  return (
    <Stack gap="lg">
      <PageTitle title={t('notifications.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('notifications.title')}</Title>
        <Text c="dimmed">{t('notifications.intro')}</Text>
      </Stack>
      <NotificationList />
    </Stack>
  );
}
