import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { CityFilter, CityKind } from '../gql/graphql';
import { isCityKind } from './city-kind';

/** URL query keys, Indonesian like the paths: /kota?q=solok&provinsi=13&jenis=KOTA */
export const FILTER_PARAMS = { search: 'q', province: 'provinsi', kind: 'jenis' } as const;

type ParamName = (typeof FILTER_PARAMS)[keyof typeof FILTER_PARAMS];

export interface CityFilters {
  search: string;
  provinceCode: string;
  kind: CityKind | '';
  setSearch: (value: string) => void;
  setProvinceCode: (value: string) => void;
  setKind: (value: string) => void;
}

/** The directory filters, kept in the URL so results can be shared, bookmarked and reloaded. */
export function useCityFilters(): CityFilters {
  const [params, setParams] = useSearchParams();
  const kind = params.get(FILTER_PARAMS.kind);

  const setParam = useCallback(
    (name: ParamName, value: string) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return {
    search: params.get(FILTER_PARAMS.search)?.trim() ?? '',
    provinceCode: params.get(FILTER_PARAMS.province) ?? '',
    kind: isCityKind(kind) ? kind : '',
    setSearch: useCallback((value: string) => setParam(FILTER_PARAMS.search, value.trim()), [setParam]),
    setProvinceCode: useCallback((value: string) => setParam(FILTER_PARAMS.province, value), [setParam]),
    setKind: useCallback(
      (value: string) => setParam(FILTER_PARAMS.kind, isCityKind(value) ? value : ''),
      [setParam],
    ),
  };
}

/** GraphQL filter with only the criteria that are set. */
export function toCityFilter({ search, provinceCode, kind }: Pick<CityFilters, 'search' | 'provinceCode' | 'kind'>) {
  const filter: CityFilter = {};
  if (search) filter.search = search;
  if (provinceCode) filter.provinceCode = provinceCode;
  if (kind) filter.kind = kind;
  return filter;
}
