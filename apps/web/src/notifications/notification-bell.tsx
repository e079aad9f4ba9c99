import { useQuery } from '@apollo/client/react';
import { ActionIcon, Badge } from '@mantine/core';
import { Link } from 'react-router';
import { UnreadNotificationCountDocument } from '../gql/features/graphql';
import { useNotificationStrings } from './notification-strings';

/** How often the header asks for new notifications while a page stays open. */
const POLL_MS = 60_000;

/** The header's bell: a link to /notifikasi whose name and badge give the unread count. */
export default function NotificationBell() {
  const { t } = useNotificationStrings();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const unread = data?.unreadNotificationCount ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <ActionIcon component={Link} to="/notifikasi" variant="default" size="lg" aria-label={label} title={label} pos="relative">
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <Badge size="xs" color="red.9" variant="filled" circle aria-hidden="true" pos="absolute" top={-6} right={-6}>
          {unread > 99 ? '99+' : unread}
        </Badge>
      )}
    </ActionIcon>
  );
}
