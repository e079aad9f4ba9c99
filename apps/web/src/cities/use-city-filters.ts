import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { CityFilter, CityKind, CityOrder } from '../gql/graphql';
import { isCityKind } from './city-kind';

/** URL query keys, Indonesian like the paths: /kota?q=solok&provinsi=13&jenis=KOTA&urut=PROVINCE */
export const FILTER_PARAMS = { search: 'q', province: 'provinsi', kind: 'jenis', order: 'urut' } as const;

const CITY_ORDERS: readonly CityOrder[] = ['NAME', 'NAME_DESC', 'PROVINCE', 'PROVINCE_DESC'];
const isCityOrder = (value: string | null): value is CityOrder => CITY_ORDERS.some((order) => order === value);

type ParamName = (typeof FILTER_PARAMS)[keyof typeof FILTER_PARAMS];

export interface CityFilters {
  search: string;
  provinceCode: string;
  kind: CityKind | '';
  /** The order asked for; '' is the default (by name, or best match first when searching). */
  order: CityOrder | '';
  setSearch: (value: string) => void;
  setOrder: (value: CityOrder | '') => void;
  /** Drops the search and both filters (the order stays). */
  clear: () => void;
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

  const order = params.get(FILTER_PARAMS.order);
  const clear = useCallback(() => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const name of [FILTER_PARAMS.search, FILTER_PARAMS.province, FILTER_PARAMS.kind]) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [setParams]);

  return {
    search: params.get(FILTER_PARAMS.search)?.trim() ?? '',
    provinceCode: params.get(FILTER_PARAMS.province) ?? '',
    kind: isCityKind(kind) ? kind : '',
    order: isCityOrder(order) ? order : '',
    clear,
    setOrder: useCallback((value: CityOrder | '') => setParam(FILTER_PARAMS.order, value), [setParam]),
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
