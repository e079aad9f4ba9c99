import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { histogram, quantile } from './distribution';
import { indicatorMock, rankingMock } from './metrics-fixtures';

beforeEach(() => {
  localStorage.clear();
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

const RANKING = [
  { __typename: 'RankingRow' as const, rank: 1, cityCode: '13.72', cityName: 'Kota Solok', provinceCode: '13', value: 40, quality: 'DEMO' as const, isDemo: true },
  { __typename: 'RankingRow' as const, rank: 2, cityCode: '12.71', cityName: 'Kota Medan', provinceCode: '12', value: 20, quality: 'OFFICIAL' as const, isDemo: false },
  { __typename: 'RankingRow' as const, rank: 3, cityCode: '35.78', cityName: 'Kota Surabaya', provinceCode: '35', value: 10.5, quality: 'SELF_REPORTED' as const, isDemo: false },
];

describe('distribution', () => {
  it('interpolates quantiles and bins values into equal widths', () => {
    expect(quantile([10, 20, 40], 0.5)).toBe(20);
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(histogram([0, 1, 9, 10], 2)).toEqual([
      { from: 0, to: 5, count: 2 },
      { from: 5, to: 10, count: 2 },
    ]);
    expect(histogram([3, 3])).toEqual([{ from: 3, to: 3, count: 2 }]);
  });
});

describe('indicator page', () => {
  it('shows the definition, the ranking of all cities with quality, and the distribution in words', async () => {
    renderApp({
      path: '/metrik/indikator/complaints_resolved?tahun=2024',
      mocks: [indicatorMock('complaints_resolved', 'id', 'Pengaduan warga yang selesai dalam tujuh hari.'), rankingMock({ indicatorCode: 'complaints_resolved', year: 2024, scope: 'ALL', provinceCode: null, cityCode: null }, RANKING)],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pengaduan selesai dalam 7 hari' }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText('Pengaduan warga yang selesai dalam tujuh hari.')).toBeTruthy();
    expect(screen.getByText(/Makin tinggi makin baik/)).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Peringkat Pengaduan selesai dalam 7 hari, 2024 (Semua kota)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Kota Solok', 'Kota Medan', 'Kota Surabaya']);
    expect(within(rows[0]).getByText('Demo')).toBeTruthy();
    expect(within(rows[2]).getByText('10,5')).toBeTruthy();
    expect(screen.getByText(/^3 kota: terendah 10,5, kuartil bawah 15,25, median 20, kuartil atas 30, tertinggi 40/)).toBeTruthy();
  });

  it('in English, and says so when the code is unknown', async () => {
    renderApp({ path: '/metrik/indikator/tidak_ada', language: 'en', mocks: [indicatorMock('tidak_ada', 'en')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Indicator not found' }, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText('There is no indicator with the code “tidak_ada”.')).toBeTruthy();
  });

  it('in English: the ranking of one province', async () => {
    renderApp({
      path: '/metrik/indikator/complaints_resolved?tahun=2024&cakupan=provinsi&provinsi=13',
      language: 'en',
      mocks: [indicatorMock('complaints_resolved', 'en'), rankingMock({ indicatorCode: 'complaints_resolved', year: 2024, scope: 'PROVINCE', provinceCode: '13', cityCode: null }, RANKING.slice(0, 1))],
    });
    const table = await screen.findByRole('table', { name: 'Ranking of Complaints resolved within 7 days, 2024 (One province)' }, { timeout: 20_000 });
    expect(within(table).getByText('Kota Solok')).toBeTruthy();
    expect(screen.getByText(/^1 city: lowest 40/)).toBeTruthy();
  });
});
