import { NetworkStatus } from '@apollo/client';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './status-views';

/** The part of a paginated list (a GraphQL connection) this needs. */
interface Connection {
  nodes: readonly unknown[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The foot of a paginated list: how many are shown, "load more" while there is a next page, and
 * a retry when loading more failed (the rows already shown stay). `fetchMore` and
 * `networkStatus` come from the list's `useQuery`, which takes an `$after` cursor.
 */
export function LoadMore({
  connection: { nodes, totalCount, pageInfo },
  fetchMore,
  networkStatus,
  onLoaded,
}: {
  connection: Connection;
  fetchMore: (options: { variables: { after: string | null } }) => Promise<unknown>;
  networkStatus: NetworkStatus;
  /** Called with the index of the first new row once a page arrived: the list moves focus there. */
  onLoaded?: (firstNewIndex: number) => void;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const loadMore = () => {
    setFailed(false);
    const firstNewIndex = nodes.length;
    fetchMore({ variables: { after: pageInfo.endCursor } })
      .then(() => onLoaded?.(firstNewIndex))
      .catch(() => setFailed(true));
  };
  return (
    <>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('directory.shown', { shown: nodes.length, total: totalCount })}
        </Text>
        {pageInfo.hasNextPage && (
          <Button onClick={loadMore} loading={networkStatus === NetworkStatus.fetchMore} variant="default">
            {t('directory.loadMore')}
          </Button>
        )}
      </Group>
      {failed && <ErrorState message={t('directory.loadMoreError')} onRetry={loadMore} />}
    </>
  );
}
