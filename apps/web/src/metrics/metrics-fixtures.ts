// Mocked API answers for the metrics specs (shapes of the contract in /work/notes/metrics-contract.md;
// __typename so the cache normalises them like server data).
import type { MockLink } from '@apollo/client/testing';
import {
  CityObservationsDocument,
  type IndicatorFieldsFragment,
  MetricCityDocument,
  MetricCompareDocument,
  type MetricCompareQuery,
  type MetricCompareQueryVariables,
  MetricIndicatorDocument,
  MetricIndicatorsDocument,
  MetricProgramComparisonDocument,
  type MetricProgramComparisonQuery,
  MetricRankingDocument,
  type MetricRankingQuery,
  type MetricRankingQueryVariables,
} from '../gql/features/graphql';
import type { CompareRow } from './compare-data';

export const MEDAN = { slug: 'kota-medan', code: '12.71', name: 'Kota Medan', province: { code: '12', name: 'Sumatera Utara' } };
export const SOLOK = { slug: 'kota-solok', code: '13.72', name: 'Kota Solok', province: { code: '13', name: 'Sumatera Barat' } };

function indicator(fields: Partial<IndicatorFieldsFragment> & Pick<IndicatorFieldsFragment, 'code' | 'name' | 'unit' | 'category'>) {
  return {
    __typename: 'Indicator' as const,
    id: `indicator-${fields.code}`,
    direction: 'NEUTRAL' as const,
    standard: 'CUSTOM' as const,
    standardRef: null,
    normalisable: true,
    ...fields,
  };
}

export const INDICATORS = {
  id: [
    indicator({ code: 'population', name: 'Jumlah penduduk', unit: 'people', category: 'DEMOGRAPHY', standard: 'BPS' }),
    indicator({ code: 'complaints_resolved', name: 'Pengaduan selesai dalam 7 hari', unit: 'count', category: 'GOVERNANCE', direction: 'HIGHER_BETTER' }),
    indicator({ code: 'solid_waste', name: 'Sampah padat terkumpul', unit: 'tonnes', category: 'ENVIRONMENT', standard: 'ISO_37120', standardRef: '16.1', direction: 'LOWER_BETTER' }),
  ],
  en: [
    indicator({ code: 'population', name: 'Population', unit: 'people', category: 'DEMOGRAPHY', standard: 'BPS' }),
    indicator({ code: 'complaints_resolved', name: 'Complaints resolved within 7 days', unit: 'count', category: 'GOVERNANCE', direction: 'HIGHER_BETTER' }),
    indicator({ code: 'solid_waste', name: 'Solid waste collected', unit: 'tonnes', category: 'ENVIRONMENT', standard: 'ISO_37120', standardRef: '16.1', direction: 'LOWER_BETTER' }),
  ],
};

export function indicatorsMock(language: 'id' | 'en' = 'id'): MockLink.MockedResponse {
  return { request: { query: MetricIndicatorsDocument }, result: { data: { indicators: INDICATORS[language] } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

export function indicatorMock(code: string, language: 'id' | 'en' = 'id', definition: string | null = null, latestYear: number | null = 2024): MockLink.MockedResponse {
  const found = INDICATORS[language].find((i) => i.code === code) ?? null;
  return {
    request: { query: MetricIndicatorDocument, variables: { code } },
    result: { data: { indicator: found && { ...found, definition, latestYear } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function cityMock(city: typeof MEDAN): MockLink.MockedResponse {
  return {
    request: { query: MetricCityDocument, variables: { slug: city.slug } },
    result: { data: { city: { __typename: 'City', id: `city-${city.code}`, ...city, province: { __typename: 'Province', ...city.province } } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type Row = CompareRow;
export function row(city: typeof MEDAN, indicatorCode: string, year: number, value: number | null, rawValue: number, overrides: Partial<Row> = {}): Row {
  return {
    cityCode: city.code,
    cityName: city.name,
    indicatorCode,
    year,
    value,
    rawValue,
    quality: 'DEMO',
    isDemo: true,
    sourceOrganisation: 'CityBridge',
    sourceTitle: 'Deret contoh (demo)',
    ...overrides,
  };
}

/** The API's answer for these rows: a series per city and indicator (lists by year), each source once. */
type Compare = MetricCompareQuery['compare'];
type Series = Compare['series'][number] & { __typename: 'CompareSeries' };
type Source = Compare['sources'][number] & { __typename: 'MetricSource' };
export function compareResult(variables: MetricCompareQueryVariables, rows: Row[], notes: Compare['notes'] = []): Compare & { __typename: 'CompareResult' } {
  const years = variables.toYear - variables.fromYear + 1;
  const sources: Source[] = [];
  const series = new Map<string, Series>();
  for (const r of rows) {
    let index = sources.findIndex((s) => s.organisation === r.sourceOrganisation && s.title === r.sourceTitle);
    if (index < 0) index = sources.push({ __typename: 'MetricSource', id: `source-${sources.length}`, organisation: r.sourceOrganisation, title: r.sourceTitle }) - 1;
    const key = `${r.cityCode}|${r.indicatorCode}`;
    const empty = () => Array.from({ length: years }, () => null);
    const one: Series = series.get(key) ?? {
      __typename: 'CompareSeries',
      cityCode: r.cityCode,
      cityName: r.cityName,
      indicatorCode: r.indicatorCode,
      values: empty(),
      rawValues: empty(),
      qualities: empty(),
      sources: empty(),
    };
    series.set(key, one);
    const i = r.year - variables.fromYear;
    one.values[i] = r.value;
    one.rawValues[i] = r.rawValue;
    one.qualities[i] = r.quality;
    one.sources[i] = index;
  }
  return { __typename: 'CompareResult', normalisation: variables.normalisation, fromYear: variables.fromYear, toYear: variables.toYear, series: [...series.values()], sources, notes };
}

export function compareMock(variables: MetricCompareQueryVariables, rows: Row[], notes: MetricCompareQuery['compare']['notes'] = []): MockLink.MockedResponse {
  return {
    request: { query: MetricCompareDocument, variables },
    result: { data: { compare: compareResult(variables, rows, notes) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function rankingMock(variables: MetricRankingQueryVariables, rows: NonNullable<MetricRankingQuery['ranking']>['rows']): MockLink.MockedResponse {
  return {
    request: { query: MetricRankingDocument, variables },
    result: { data: { ranking: { __typename: 'Ranking', year: variables.year, scope: variables.scope, rows } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type ObservationRow = import('../gql/features/graphql').CityObservationsQuery['observations'][number];
export function observation(indicatorCode: string, year: number, value: number, overrides: Partial<ObservationRow> = {}): ObservationRow & { __typename: 'Observation' } {
  return {
    __typename: 'Observation',
    id: `obs-${indicatorCode}-${year}-${overrides.quality ?? 'OFFICIAL'}`,
    indicatorCode,
    practiceId: null,
    practice: null,
    year,
    periodKind: 'YEAR',
    periodNo: 0,
    value,
    quality: 'OFFICIAL',
    isDemo: false,
    isDefault: true,
    note: null,
    source: metricSource('src-bps', 'BPS Kota Solok', 'Kota Solok Dalam Angka 2024', 'https://solokkota.bps.go.id', '2024-02-28'),
    ...overrides,
  };
}

/** A program's (practice's) value: the observation names its practice, titled in both languages. */
export function programObservation(practiceId: string, titleId: string, titleEn: string, indicatorCode: string, year: number, value: number, overrides: Partial<ObservationRow> = {}) {
  const practice = {
    __typename: 'Practice' as const,
    id: practiceId,
    texts: [
      { __typename: 'PracticeText' as const, language: 'ID' as const, title: titleId },
      { __typename: 'PracticeText' as const, language: 'EN' as const, title: titleEn },
    ],
  };
  return observation(indicatorCode, year, value, { id: `obs-${practiceId}-${indicatorCode}-${year}`, practiceId, practice, ...overrides });
}

export function cityObservationsMock(cityCode: string, observations: ObservationRow[], language: 'id' | 'en' = 'id'): MockLink.MockedResponse {
  return {
    request: { query: CityObservationsDocument, variables: { cityCode } },
    result: { data: { observations, indicators: INDICATORS[language] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function metricSource(id: string, organisation: string, title: string, url: string | null = null, publishedOn: string | null = null): ObservationRow['source'] {
  return { __typename: 'MetricSource', id, organisation, title, url, publishedOn, licence: null } as ObservationRow['source'];
}

type ProgramSeries = NonNullable<MetricProgramComparisonQuery['programComparison']>['programs'][number];
/** A published program's yearly series as programComparison answers it (lists by year from fromYear). */
export function programSeries(practiceId: string, title: string, city: typeof MEDAN, values: (number | null)[], overrides: Partial<ProgramSeries> = {}): ProgramSeries & { __typename: 'ProgramSeries' } {
  return {
    __typename: 'ProgramSeries',
    practiceId,
    title,
    topic: 'public_services',
    topicLabel: 'Layanan publik',
    cityCode: city.code,
    cityName: city.name,
    citySlug: city.slug,
    values,
    qualities: values.map((v) => (v == null ? null : 'OFFICIAL')),
    isDemo: values.map((v) => (v == null ? null : false)),
    sources: values.map((v) => (v == null ? null : 0)),
    ...overrides,
  };
}

export const PRACTICE_TOPICS = {
  id: [
    { __typename: 'PracticeTopic' as const, code: 'public_services', label: 'Layanan publik' },
    { __typename: 'PracticeTopic' as const, code: 'finance_assets', label: 'Keuangan dan aset' },
  ],
  en: [
    { __typename: 'PracticeTopic' as const, code: 'public_services', label: 'Public services' },
    { __typename: 'PracticeTopic' as const, code: 'finance_assets', label: 'Finance and assets' },
  ],
};

export function programComparisonMock(indicatorCode: string, topic: string | null, programs: ProgramSeries[], language: 'id' | 'en' = 'id'): MockLink.MockedResponse {
  const sources = [
    { __typename: 'MetricSource' as const, id: 'src-kominfo', organisation: 'Diskominfo Kota Solok', title: 'Laporan aplikasi', url: 'https://kominfo.solokkota.go.id' },
    { __typename: 'MetricSource' as const, id: 'src-demo', organisation: 'CityBridge', title: 'Deret contoh (demo)', url: null },
  ];
  return {
    request: { query: MetricProgramComparisonDocument, variables: { indicatorCode, topic } },
    result: {
      data: {
        programComparison: { __typename: 'ProgramComparison', fromYear: 2022, toYear: 2024, topic, programs, sources },
        practiceTopics: PRACTICE_TOPICS[language],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
