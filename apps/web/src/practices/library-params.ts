import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PracticeSearchFilter, PracticeSort } from '../gql/features/graphql';

/**
 * The library's state lives in the URL (Indonesian keys, a facet value per repeated key), so
 * back/forward, reload and a shared link all show the same results:
 * /praktik?q=pengelolaan+aset&dimensi=governance&dimensi=living&urut=terbaru
 */
export const FACET_PARAMS = {
  topics: 'topik',
  dimensions: 'dimensi',
  sdgs: 'sdg',
  provinces: 'provinsi',
  cities: 'kota',
  years: 'tahun',
  languages: 'bahasa',
} as const;
export type FacetName = keyof typeof FACET_PARAMS;
export const FACET_NAMES = Object.keys(FACET_PARAMS) as FacetName[];

const QUERY_PARAM = 'q';
const SORT_PARAM = 'urut';
const NEWEST = 'terbaru';

export type Selected = Record<FacetName, string[]>;

export interface LibraryParams {
  query: string;
  selected: Selected;
  /** Relevance only makes sense for a query: without one the list is newest first. */
  sort: PracticeSort;
  hasFilters: boolean;
}

export function readLibraryParams(params: URLSearchParams): LibraryParams {
  const selected = Object.fromEntries(
    FACET_NAMES.map((name) => [name, [...new Set(params.getAll(FACET_PARAMS[name]).filter(Boolean))]]),
  ) as Selected;
  const query = params.get(QUERY_PARAM)?.trim() ?? '';
  return {
    query,
    selected,
    sort: !query || params.get(SORT_PARAM) === NEWEST ? 'NEWEST' : 'RELEVANCE',
    hasFilters: FACET_NAMES.some((name) => selected[name].length > 0),
  };
}

const toInts = (values: string[]) => values.map(Number).filter(Number.isInteger);

/** The API's filter: only the facets that have a selection (numbers for SDGs and years). */
export function toSearchFilter(selected: Selected): PracticeSearchFilter {
  const filter: PracticeSearchFilter = {};
  if (selected.topics.length) filter.topics = selected.topics;
  if (selected.dimensions.length) filter.dimensions = selected.dimensions;
  if (selected.sdgs.length) filter.sdgs = toInts(selected.sdgs);
  if (selected.provinces.length) filter.provinceCodes = selected.provinces;
  if (selected.cities.length) filter.citySlugs = selected.cities;
  if (selected.years.length) filter.years = toInts(selected.years);
  if (selected.languages.length) filter.languages = selected.languages;
  return filter;
}

/** The library's state and its setters; each change is a new history entry (back undoes it). */
export function useLibraryParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        change(next);
        return next;
      }),
    [setParams],
  );
  // Read once per address: the same URL gives the same arrays (stable for memos and effects).
  const key = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the params' content
  const state = useMemo(() => readLibraryParams(params), [key]);
  return {
    ...state,
    setQuery: useCallback(
      (query: string) =>
        update((next) => {
          if (query) next.set(QUERY_PARAM, query);
          else next.delete(QUERY_PARAM);
        }),
      [update],
    ),
    setSort: useCallback(
      (sort: PracticeSort) =>
        update((next) => {
          if (sort === 'NEWEST') next.set(SORT_PARAM, NEWEST);
          else next.delete(SORT_PARAM);
        }),
      [update],
    ),
    setFacet: useCallback(
      (name: FacetName, values: string[]) =>
        update((next) => {
          next.delete(FACET_PARAMS[name]);
          for (const value of values) next.append(FACET_PARAMS[name], value);
        }),
      [update],
    ),
    clearFilters: useCallback(
      () =>
        update((next) => {
          for (const name of FACET_NAMES) next.delete(FACET_PARAMS[name]);
        }),
      [update],
    ),
  };
}
