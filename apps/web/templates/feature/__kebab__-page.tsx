import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { __Pascal__StatusDocument } from '../gql/features/graphql';

/** `/__kebab__`: what the API says about __kebab__. */
export function __Pascal__Page() {
  const { t } = useTranslation();
  const { data, error, refetch, networkStatus } = useQuery(__Pascal__StatusDocument, {
    notifyOnNetworkStatusChange: true,
  });
  const title = t('__camel__.title');
  return (
    <Stack gap="md">
      <PageTitle title={title} />
      <Title order={1}>{title}</Title>
      {error && !data ? (
        <ErrorState
          message={t('__camel__.error')}
          retrying={networkStatus === NetworkStatus.refetch}
          onRetry={() => {
            refetch().catch(() => {});
          }}
        />
      ) : data ? (
        <Text>{data.__camel__Status.message}</Text>
      ) : (
        <LoadingState label={t('__camel__.loading')} />
      )}
    </Stack>
  );
}
