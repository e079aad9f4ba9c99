import { compareRows, latestByCity, lineSeries, scatterPoints, yearsBetween } from './compare-data';
import { compareResult, MEDAN, row, SOLOK } from './metrics-fixtures';

const CITIES = [MEDAN, SOLOK];

describe('compare chart data', () => {
  it('draws a line per city over every year of the range, with a gap where a year has no value', () => {
    const rows = [row(MEDAN, 'x', 2020, 10, 10), row(MEDAN, 'x', 2022, 12, 12), row(SOLOK, 'x', 2021, 5, 5, { isDemo: false })];
    const series = lineSeries(rows, CITIES, yearsBetween(2020, 2022));
    expect(series).toEqual([
      { name: 'Kota Medan', demo: true, points: [['2020', 10], ['2021', null], ['2022', 12]] },
      { name: 'Kota Solok', demo: false, points: [['2020', null], ['2021', 5], ['2022', null]] },
    ]);
  });

  it('takes each city’s latest value that could be computed for a bar', () => {
    const rows = [row(MEDAN, 'x', 2020, 10, 10), row(MEDAN, 'x', 2022, null, 12), row(SOLOK, 'x', 2021, 5, 5)];
    expect(latestByCity(rows, CITIES).map(({ city, row: r }) => [city.name, r.year, r.value])).toEqual([
      ['Kota Medan', 2020, 10],
      ['Kota Solok', 2021, 5],
    ]);
  });

  it('pairs two indicators in the latest year both have for a scatter point', () => {
    const xs = [row(MEDAN, 'x', 2021, 1, 1), row(MEDAN, 'x', 2022, 2, 2), row(SOLOK, 'x', 2022, 3, 3)];
    const ys = [row(MEDAN, 'y', 2021, 10, 10), row(SOLOK, 'y', 2020, 30, 30)];
    expect(scatterPoints(xs, ys, CITIES).map((p) => [p.city.name, p.year, p.x.value, p.y.value])).toEqual([['Kota Medan', 2021, 1, 10]]);
  });
});

describe('compare answer', () => {
  it('turns the series by year back into one row per value, each with its quality and source, demo where the quality is demo', () => {
    const variables = { cityCodes: [MEDAN.code, SOLOK.code], indicatorCodes: ['x'], fromYear: 2020, toYear: 2023, normalisation: 'PER_100K' as const };
    const rows = [
      row(MEDAN, 'x', 2020, 10, 1000),
      row(MEDAN, 'x', 2023, null, 1300),
      row(SOLOK, 'x', 2021, 5, 50, { quality: 'OFFICIAL', isDemo: false, sourceOrganisation: 'BPS', sourceTitle: 'Kota Solok dalam Angka 2022' }),
    ];
    const result = compareResult(variables, rows);
    expect(result.sources).toHaveLength(2);
    expect(result.series[0].rawValues).toEqual([1000, null, null, 1300]);
    expect(compareRows(result)).toEqual(rows);
  });
});
