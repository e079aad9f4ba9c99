import { latestByCity, lineSeries, scatterPoints, yearsBetween } from './compare-data';
import { MEDAN, row, SOLOK } from './metrics-fixtures';

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
