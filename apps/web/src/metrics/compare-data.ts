import type { MetricCompareQuery } from '../gql/features/graphql';
import type { ChartSeries } from './metric-chart';

export type CompareRow = MetricCompareQuery['compare']['rows'][number];

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
