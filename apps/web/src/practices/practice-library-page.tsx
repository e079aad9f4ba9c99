import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Box, Button, Grid, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { PageTitle } from '../app/page-title';
import { ErrorState, LoadingState } from '../app/status-views';
import { PracticeSearchDocument, type PracticeSearchQuery, type PracticeSort } from '../gql/features/graphql';
import { FacetFilters } from './facet-filters';
import { toSearchFilter, useLibraryParams } from './library-params';
import { usePracticeStrings } from './practice-strings';
import './practice-styles';
import { PracticeCard } from './practice-card';
import { HighlightedText } from './safe-html';

export const PRACTICE_PAGE_SIZE = 20;

type Library = ReturnType<typeof useLibraryParams>;
type Hit = PracticeSearchQuery['searchPractices']['nodes'][number];

/** The search box: searches on submit (Enter or the button); back/forward put the old query back. */
function SearchForm({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = usePracticeStrings();
  const [text, setText] = useState(query);
  const [lastQuery, setLastQuery] = useState(query);
  if (query !== lastQuery) {
    setLastQuery(query);
    setText(query);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <search>
      <form onSubmit={submit}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          type="search"
          label={t('practices.library.searchLabel')}
          placeholder={t('practices.library.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autoComplete="off"
          enterKeyHint="search"
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit">{t('practices.library.searchButton')}</Button>
      </Group>
      </form>
    </search>
  );
}

function SearchHit({ hit, linkRef }: { hit: Hit; linkRef?: (element: HTMLAnchorElement | null) => void }) {
  const lang = hit.language.toLowerCase();
  return (
    <PracticeCard practice={hit.practice} title={<HighlightedText html={hit.titleHtml} />} titleLang={lang} linkRef={linkRef}>
      <Text size="sm" lang={lang}>
        <HighlightedText html={hit.snippetHtml} />
      </Text>
    </PracticeCard>
  );
}

function EmptyResults({ library }: { library: Library }) {
  const { t } = usePracticeStrings();
  return (
    <Paper withBorder p="lg">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>
          {library.query ? t('practices.library.empty', { query: library.query }) : t('practices.library.emptyFiltered')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('practices.library.emptyHint')}
        </Text>
        {library.hasFilters && (
          <Button variant="default" onClick={library.clearFilters}>
            {t('practices.library.clearFilters')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function SearchResults({
  library,
  filtersOpen,
  setFiltersOpen,
}: {
  library: Library;
  /** On a phone the filters fold under a button; the choice outlives a new search. */
  filtersOpen: boolean;
  setFiltersOpen: (open: boolean) => void;
}) {
  const { t } = usePracticeStrings();
  const { query, selected, sort } = library;
  const filter = useMemo(() => toSearchFilter(selected), [selected]);
  const { data: current, previousData, error, refetch, fetchMore, networkStatus } = useQuery(PracticeSearchDocument, {
    variables: { query: query || null, filter, sort, first: PRACTICE_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // While a changed search loads, the previous results and facets stay (marked busy): the
  // checkbox just ticked keeps its place and the keyboard focus.
  const data = current ?? previousData;
  const updating = !current && !error;
  // A failed "load more" belongs to the search it was for.
  const searchKey = JSON.stringify([query, selected, sort]);
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const loadMoreFailed = failedFor === searchKey;
  // "Load more" moves the focus to the first new result, so keyboard and screen-reader users
  // continue where the list grew instead of at the button.
  const focusIndex = useRef<number | null>(null);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const count = data?.searchPractices.nodes.length ?? 0;
  useEffect(() => {
    if (focusIndex.current !== null && count > focusIndex.current) {
      links.current[focusIndex.current]?.focus();
      focusIndex.current = null;
    }
  }, [count]);

  if (error && !current) {
    return (
      <ErrorState
        message={t('practices.library.error')}
        retrying={networkStatus === NetworkStatus.refetch}
        onRetry={() => {
          refetch().catch(() => {
            // The hook re-renders with the new error.
          });
        }}
      />
    );
  }
  if (!data) return <LoadingState label={t('practices.library.loading')} />;

  const { nodes, totalCount, pageInfo, facets } = data.searchPractices;
  const loadMore = () => {
    setFailedFor(null);
    focusIndex.current = nodes.length;
    fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => {
      focusIndex.current = null;
      setFailedFor(searchKey);
    });
  };
  const selectedCount = Object.values(selected).reduce((sum, values) => sum + values.length, 0);

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Button
          hiddenFrom="md"
          variant="default"
          fullWidth
          aria-expanded={filtersOpen}
          aria-controls="practice-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {selectedCount > 0 ? `${t('practices.library.filtersHeading')} (${selectedCount})` : t('practices.library.filtersHeading')}
        </Button>
        <Box id="practice-filters" className="practice-filters" data-collapsed={!filtersOpen || undefined}>
          <FacetFilters facets={facets} selected={selected} onChange={library.setFacet} onClear={library.clearFilters} />
        </Box>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="sm" aria-busy={updating || undefined} style={updating ? { opacity: 0.6 } : undefined}>
          <Text fw={600} role="status" aria-live="polite">
            {updating ? t('practices.library.loading') : t('practices.library.total', { count: totalCount })}
          </Text>
          {nodes.length === 0 ? (
            <EmptyResults library={library} />
          ) : (
            <>
              <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('practices.library.resultsLabel')}>
                {nodes.map((hit, index) => (
                  <li key={hit.practice.id}>
                    <SearchHit
                      hit={hit}
                      linkRef={(element) => {
                        links.current[index] = element;
                      }}
                    />
                  </li>
                ))}
              </Stack>
              <Group justify="space-between" wrap="wrap">
                <Text size="sm" c="dimmed">
                  {t('practices.library.shown', { shown: nodes.length, total: totalCount })}
                </Text>
                {pageInfo.hasNextPage && (
                  <Button onClick={loadMore} loading={networkStatus === NetworkStatus.fetchMore} variant="default">
                    {t('practices.library.loadMore')}
                  </Button>
                )}
              </Group>
              {loadMoreFailed && <ErrorState message={t('practices.library.loadMoreError')} onRetry={loadMore} />}
            </>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** `/praktik`: search the published practices, narrow them by facets, newest first without a query. */
export function PracticeLibraryPage() {
  const { t } = usePracticeStrings();
  const library = useLibraryParams();
  const [filtersOpen, setFiltersOpen] = useState(false);
  return (
    <Stack gap="lg">
      <PageTitle title={library.query ? `${library.query} · ${t('practices.title')}` : t('practices.title')} />
      <Stack gap="xs">
        <Title order={1}>{t('practices.library.heading')}</Title>
        <Text c="dimmed">{t('practices.library.intro')}</Text>
      </Stack>
      <Stack gap="xs">
        <SearchForm query={library.query} onSearch={library.setQuery} />
        {library.query ? (
          <NativeSelect
            label={t('practices.library.sortLabel')}
            value={library.sort}
            onChange={(event) => library.setSort(event.currentTarget.value as PracticeSort)}
            data={[
              { value: 'RELEVANCE', label: t('practices.library.sortRelevance') },
              { value: 'NEWEST', label: t('practices.library.sortNewest') },
            ]}
            maw={240}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('practices.library.newestNote')}
          </Text>
        )}
      </Stack>
      <SearchResults library={library} filtersOpen={filtersOpen} setFiltersOpen={setFiltersOpen} />
    </Stack>
  );
}

