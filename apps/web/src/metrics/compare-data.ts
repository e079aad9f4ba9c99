import type { MetricCompareQuery, ObservationQuality } from '../gql/features/graphql';
import type { ChartSeries } from './metric-chart';

export type CompareResult = MetricCompareQuery['compare'];

/** One value of the comparison (a city, an indicator, a year) with its quality and source. */
export interface CompareRow {
  cityCode: string;
  cityName: string;
  indicatorCode: string;
  year: number;
  /** Normalised as asked; null when the denominator is missing. */
  value: number | null;
  rawValue: number;
  quality: ObservationQuality;
  isDemo: boolean;
  sourceOrganisation: string;
  sourceTitle: string;
}

/**
 * The API answers a series per city and indicator (lists by year from `fromYear`, null where a year has no
 * value) and names each source once; the charts and the table read one row per value.
 */
export function compareRows(result: CompareResult): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const series of result.series) {
    series.rawValues.forEach((rawValue, i) => {
      const quality = series.qualities[i];
      const sourceIndex = series.sources[i];
      const source = sourceIndex === null || sourceIndex === undefined ? undefined : result.sources[sourceIndex];
      if (rawValue === null || rawValue === undefined || !quality || !source) return;
      rows.push({
        cityCode: series.cityCode,
        cityName: series.cityName,
        indicatorCode: series.indicatorCode,
        year: result.fromYear + i,
        value: series.values[i] ?? null,
        rawValue,
        quality,
        // The API keeps is_demo equal to quality = demo.
        isDemo: quality === 'DEMO',
        sourceOrganisation: source.organisation,
        sourceTitle: source.title,
      });
    });
  }
  return rows;
}

/** The rows of one indicator, by city in the order chosen, then by year. */
export function rowsOf(rows: readonly CompareRow[], indicator: string, cityCodes: readonly string[]): CompareRow[] {
  return rows
    .filter((row) => row.indicatorCode === indicator)
    .sort((a, b) => cityCodes.indexOf(a.cityCode) - cityCodes.indexOf(b.cityCode) || a.year - b.year);
}

export function yearsBetween(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** One line per city over the years (a gap where a year has no value). */
export function lineSeries(rows: readonly CompareRow[], cities: ReadonlyArray<{ code: string; name: string }>, years: readonly number[]): ChartSeries[] {
  return cities.map((city) => {
    const own = rows.filter((row) => row.cityCode === city.code);
    return {
      name: city.name,
      demo: own.some((row) => row.isDemo),
      points: years.map((year) => [String(year), own.find((row) => row.year === year)?.value ?? null] as [string, number | null]),
    };
  });
}

/** Each city's latest value in the range (a bar per city). */
export function latestByCity(rows: readonly CompareRow[], cities: ReadonlyArray<{ code: string; name: string }>) {
  return cities.flatMap((city) => {
    const own = rows.filter((row) => row.cityCode === city.code && row.value !== null).sort((a, b) => b.year - a.year);
    return own[0] ? [{ city, row: own[0] }] : [];
  });
}

/** One point per city: x from the first indicator, y from the second, in the latest year both have. */
export function scatterPoints(xRows: readonly CompareRow[], yRows: readonly CompareRow[], cities: ReadonlyArray<{ code: string; name: string }>) {
  return cities.flatMap((city) => {
    const ys = new Map(yRows.filter((r) => r.cityCode === city.code && r.value !== null).map((r) => [r.year, r]));
    const pairs = xRows
      .filter((r) => r.cityCode === city.code && r.value !== null && ys.has(r.year))
      .sort((a, b) => b.year - a.year);
    const x = pairs[0];
    const y = x ? ys.get(x.year) : undefined;
    return x && y ? [{ city, year: x.year, x, y }] : [];
  });
}
