import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMore } from '../app/load-more';
import { ErrorState, LoadingState } from '../app/status-views';
import { CitiesDocument, NearestCityNamesDocument } from '../gql/graphql';
import { CityFiltersForm } from './city-filters-form';
import { CityTable } from './city-table';
import { SEARCH_INPUT_ID } from './search-input';
import { type CityFilters, toCityFilter, useCityFilters } from './use-city-filters';

export const CITY_PAGE_SIZE = 50;

/** The names nearest to a search that found nothing, as links. */
function NearestNames({ search }: { search: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(NearestCityNamesDocument, { variables: { search } });
  const names = data?.nearestCityNames ?? [];
  if (names.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('directory.nearestNames')}</Text>
      <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {names.map((city) => (
          <li key={city.id}>
            <Anchor component={Link} to={`/kota/${city.slug}`} underline="always">
              {city.name}
            </Anchor>
          </li>
        ))}
      </Group>
    </Stack>
  );
}

/** Nothing found: a way back (clear the search and filters) and, for a search, the nearest names. */
function EmptyResults({ filters }: { filters: CityFilters }) {
  const { t } = useTranslation();
  const { search } = filters;
  const clear = () => {
    filters.clear();
    // The button goes away with the empty state: the search box takes the focus, ready for a new try.
    document.getElementById(SEARCH_INPUT_ID)?.focus();
  };
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm" align="flex-start">
        <Text fw={600}>{search ? t('directory.empty', { query: search }) : t('directory.emptyFiltered')}</Text>
        {search && <NearestNames search={search} />}
        <Text size="sm" c="dimmed">
          {t('directory.emptyHint')}
        </Text>
        <Button variant="default" onClick={clear}>
          {t('directory.clearFilters')}
        </Button>
      </Stack>
    </Paper>
  );
}

function CityResults({ filters }: { filters: CityFilters }) {
  const { t } = useTranslation();
  const { search, provinceCode, kind, order } = filters;
  const filter = useMemo(() => toCityFilter({ search, provinceCode, kind }), [search, provinceCode, kind]);
  // Only set variables are sent, so the default order is the server's (and the cache key stays short).
  const variables = useMemo(() => ({ filter, first: CITY_PAGE_SIZE, ...(order && { orderBy: order }) }), [filter, order]);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(CitiesDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });

  // After "load more", focus goes to the first new row, so the next Tab does not skip the new rows.
  const tbody = useRef<HTMLTableSectionElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const shown = data?.cities.nodes.length ?? 0;
  useEffect(() => {
    if (focusRow === null || shown <= focusRow) return;
    tbody.current?.rows[focusRow]?.querySelector<HTMLElement>('a')?.focus();
    setFocusRow(null);
  }, [focusRow, shown]);
  const onLoaded = useCallback((index: number) => setFocusRow(index), []);

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
        <EmptyResults filters={filters} />
      ) : (
        <>
          <CityTable ref={tbody} cities={nodes} sort={{ order, searching: search !== '', onSort: filters.setOrder }} />
          <LoadMore connection={data.cities} fetchMore={fetchMore} networkStatus={networkStatus} onLoaded={onLoaded} />
        </>
      )}
    </Stack>
  );
}

/** Filters (kept in the URL) and the paginated results. Used by `/` and `/kota`. */
export function CityDirectory() {
  const filters = useCityFilters();
  // A new filter or order starts a fresh result list (and clears a stale "load more" error).
  const resultsKey = `${filters.search}|${filters.provinceCode}|${filters.kind}|${filters.order}`;
  return (
    <Stack gap="lg">
      <CityFiltersForm filters={filters} />
      <CityResults key={resultsKey} filters={filters} />
    </Stack>
  );
}
