import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../app/status-views';
import { PracticeListDocument } from '../gql/features/graphql';
import { PracticeCardList } from './practice-card';
import { usePracticeStrings } from './practice-strings';

export const NEWEST_PRACTICES = 5;

/** The home page's section: the newest published practices and a link to the library. */
export default function NewestPractices() {
  const { t } = usePracticeStrings();
  const { data, error } = useQuery(PracticeListDocument, { variables: { first: NEWEST_PRACTICES } });
  return (
    <Stack component="section" gap="md" aria-labelledby="newest-practices-heading">
      <Title order={2} size="h3" id="newest-practices-heading">
        {t('practices.home.heading')}
      </Title>
      {error && !data ? (
        <ErrorState message={t('practices.home.error')} />
      ) : !data ? (
        <LoadingState label={t('practices.home.loading')} />
      ) : data.practices.nodes.length > 0 ? (
        <PracticeCardList practices={data.practices.nodes} />
      ) : (
        <Text c="dimmed">{t('practices.home.empty')}</Text>
      )}
      <Anchor component={Link} to="/praktik">
        {t('practices.home.browseAll')}
      </Anchor>
    </Stack>
  );
}
