import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../app/load-more';
import { ErrorState, LoadingState } from '../app/status-views';
import { CitiesDocument } from '../gql/graphql';
import { CityFiltersForm } from './city-filters-form';
import { CityTable } from './city-table';
import { toCityFilter, useCityFilters } from './use-city-filters';

export const CITY_PAGE_SIZE = 50;

function EmptyResults({ search }: { search: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Text fw={600}>{search ? t('directory.empty', { query: search }) : t('directory.emptyFiltered')}</Text>
      <Text size="sm" c="dimmed">
        {t('directory.emptyHint')}
      </Text>
    </Paper>
  );
}

function CityResults({ filters }: { filters: ReturnType<typeof useCityFilters> }) {
  const { t } = useTranslation();
  const { search, provinceCode, kind } = filters;
  const filter = useMemo(() => toCityFilter({ search, provinceCode, kind }), [search, provinceCode, kind]);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(CitiesDocument, {
    variables: { filter, first: CITY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  if (error && !data) {
    return (
      <ErrorState
        message={t('directory.error')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {
            // The hook re-renders with the new error; nothing else to do here.
          });
        }}
      />
    );
  }
  if (!data) return <LoadingState label={t('directory.loading')} />;

  const { nodes, totalCount } = data.cities;
  return (
    <Stack gap="sm">
      <Text fw={600} role="status" aria-live="polite">
        {t('directory.total', { count: totalCount })}
      </Text>
      {nodes.length === 0 ? (
        <EmptyResults search={search} />
      ) : (
        <>
          <CityTable cities={nodes} />
          <LoadMore connection={data.cities} fetchMore={fetchMore} networkStatus={networkStatus} />
        </>
      )}
    </Stack>
  );
}

/** Filters (kept in the URL) and the paginated results. Used by `/` and `/kota`. */
export function CityDirectory() {
  const filters = useCityFilters();
  // A new filter starts a fresh result list (and clears a stale "load more" error).
  const resultsKey = `${filters.search}|${filters.provinceCode}|${filters.kind}`;
  return (
    <Stack gap="lg">
      <CityFiltersForm filters={filters} />
      <CityResults key={resultsKey} filters={filters} />
    </Stack>
  );
}
