import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { histogram, quantile } from './distribution';
import { indicatorMock, MEDAN, programComparisonMock, programSeries, rankingMock, SOLOK } from './metrics-fixtures';

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

  it("opens the ranking at the indicator's latest year with values when the link names no year", async () => {
    renderApp({
      path: '/metrik/indikator/complaints_resolved',
      mocks: [indicatorMock('complaints_resolved', 'id', null, 2021), rankingMock({ indicatorCode: 'complaints_resolved', year: 2021, scope: 'ALL', provinceCode: null, cityCode: null }, RANKING)],
    });
    expect(await screen.findByRole('table', { name: 'Peringkat Pengaduan selesai dalam 7 hari, 2021 (Semua kota)' }, { timeout: 20_000 })).toBeTruthy();
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

describe('programs reporting the indicator', () => {
  const RANKING_2024 = { indicatorCode: 'complaints_resolved', year: 2024, scope: 'ALL' as const, provinceCode: null, cityCode: null };
  const MEDAN_APP = programSeries('practice-medan', 'Aplikasi Medan Rumah Kita', MEDAN, [300, 320, null]);
  const SOLOK_APP = programSeries('practice-solok', 'Lapor Solok', SOLOK, [null, 12, 15], { qualities: [null, 'OFFICIAL', 'DEMO'], isDemo: [null, false, true], sources: [null, 0, 1] });
  const SOLOK_ASSETS = programSeries('practice-assets', 'Aset Solok', SOLOK, [null, null, 40], { topic: 'finance_assets', topicLabel: 'Keuangan dan aset' });

  it('lists each program with its city, latest value and year, quality and source, linking to the practice; filters by topic', async () => {
    renderApp({
      path: '/metrik/indikator/complaints_resolved?tahun=2024',
      mocks: [
        indicatorMock('complaints_resolved'),
        rankingMock(RANKING_2024, RANKING),
        programComparisonMock('complaints_resolved', null, [MEDAN_APP, SOLOK_ASSETS, SOLOK_APP]),
        programComparisonMock('complaints_resolved', 'finance_assets', [SOLOK_ASSETS]),
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Program yang melaporkan indikator ini' }, { timeout: 20_000 })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Program yang melaporkan Pengaduan selesai dalam 7 hari, nilai terbaru' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('link')[0].textContent)).toEqual(['Aplikasi Medan Rumah Kita', 'Aset Solok', 'Lapor Solok']);
    const medan = rows[0];
    expect(within(medan).getByRole('link', { name: 'Aplikasi Medan Rumah Kita' }).getAttribute('href')).toBe('/praktik/practice-medan');
    expect(within(medan).getByRole('link', { name: 'Kota Medan' }).getAttribute('href')).toBe('/kota/kota-medan');
    expect(within(medan).getByText('320')).toBeTruthy();
    expect(within(medan).getByText('2023')).toBeTruthy();
    expect(within(medan).getByText('Resmi')).toBeTruthy();
    expect(within(medan).getByRole('link', { name: 'Diskominfo Kota Solok — Laporan aplikasi' }).getAttribute('href')).toBe('https://kominfo.solokkota.go.id');
    const solok = rows[2];
    expect(within(solok).getByText('15')).toBeTruthy();
    expect(within(solok).getByText('2024')).toBeTruthy();
    expect(within(solok).getByText('Demo')).toBeTruthy();
    expect(within(solok).getByText('CityBridge — Deret contoh (demo)')).toBeTruthy();
    expect(screen.getAllByText(/Nilai bertanda Demo adalah contoh buatan/).length).toBeGreaterThan(0);

    const topic = screen.getByPlaceholderText('Semua topik');
    act(() => topic.focus());
    fireEvent.click(topic);
    fireEvent.click(await screen.findByRole('option', { name: 'Keuangan dan aset' }));
    await screen.findByText(/^Aset Solok$/);
    const filtered = await screen.findByRole('table', { name: 'Program yang melaporkan Pengaduan selesai dalam 7 hari, nilai terbaru' });
    await within(filtered).findByRole('link', { name: 'Aset Solok' });
    expect(within(filtered).queryByRole('link', { name: 'Lapor Solok' })).toBeNull();
    expect(within(filtered).getAllByRole('row')).toHaveLength(2);
  });

  it('says so when no program reports it, in English too', async () => {
    renderApp({
      path: '/metrik/indikator/complaints_resolved?tahun=2024',
      language: 'en',
      mocks: [indicatorMock('complaints_resolved', 'en'), rankingMock(RANKING_2024, RANKING), programComparisonMock('complaints_resolved', null, [], 'en')],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Programs reporting this indicator' }, { timeout: 20_000 })).toBeTruthy();
    expect(await screen.findByText('No program reports this indicator yet.')).toBeTruthy();
  });
});
