import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { readCompareParams, writeCompareParams } from './compare-params';
import { cityMock, compareMock, indicatorsMock, MEDAN, row, SOLOK } from './metrics-fixtures';

beforeEach(() => {
  localStorage.clear();
  // jsdom draws no canvas: the chart stays empty (the table is what these specs read).
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

const VIEW = '/metrik?kota=kota-medan&kota=kota-solok&indikator=complaints_resolved&dari=2021&sampai=2022&normalisasi=per-100rb&grafik=garis';
const VARIABLES = { cityCodes: ['12.71', '13.72'], indicatorCodes: ['complaints_resolved'], fromYear: 2021, toYear: 2022, normalisation: 'PER_100K' as const };
const ROWS = [
  row(MEDAN, 'complaints_resolved', 2021, 1234.5, 30_000),
  row(MEDAN, 'complaints_resolved', 2022, 1300.25, 31_600),
  row(SOLOK, 'complaints_resolved', 2021, 980, 750, { quality: 'SELF_REPORTED', isDemo: false, sourceOrganisation: 'Diskominfo Kota Solok', sourceTitle: 'Laporan tahunan 2021' }),
  row(SOLOK, 'complaints_resolved', 2022, null, 800, { quality: 'SELF_REPORTED', isDemo: false, sourceOrganisation: 'Diskominfo Kota Solok', sourceTitle: 'Laporan tahunan 2022' }),
];
const NOTES = [{ __typename: 'CompareNote' as const, cityCode: '13.72', year: 2022, indicatorCode: 'complaints_resolved', code: 'DENOMINATOR_MISSING', message: 'Kota Solok: tidak ada jumlah penduduk untuk 2022.' }];

function mocks(language: 'id' | 'en' = 'id') {
  return [indicatorsMock(language), cityMock(MEDAN), cityMock(SOLOK), compareMock(VARIABLES, ROWS, NOTES)];
}

describe('compare params', () => {
  it('reads a link into the same view it was written from, and falls back on bad values', () => {
    const state = readCompareParams(new URLSearchParams(VIEW.split('?')[1]), 2026);
    expect(state).toEqual({ cities: ['kota-medan', 'kota-solok'], indicators: ['complaints_resolved'], from: 2021, to: 2022, normalisation: 'per-100rb', chart: 'garis' });
    expect(readCompareParams(writeCompareParams(state), 2026)).toEqual(state);
    const bad = readCompareParams(new URLSearchParams('dari=1800&sampai=2030&normalisasi=x&grafik=pie&kota=a&kota=a'), 2026);
    expect(bad).toMatchObject({ cities: ['a'], from: 2017, to: 2026, normalisation: 'mentah', chart: 'garis' });
  });
});

describe('compare page', () => {
  it('shows the linked view: every value with its quality and source in the table, demo marked, the CSV link for the selection', async () => {
    renderApp({ path: VIEW, mocks: mocks() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bandingkan metrik antarkota' })).toBeTruthy();
    expect(document.title).toBe('Bandingkan metrik · CityBridge');
    const table = await screen.findByRole('table', { name: /Semua nilai \(Per 100\.000 penduduk, 2021–2022\)/ }, { timeout: 20_000 });
    const medan2021 = within(table).getAllByRole('row').find((r) => r.textContent?.includes('Kota Medan') && r.textContent.includes('2021')) as HTMLElement;
    expect(within(medan2021).getByText('1.234,5 per 100.000 penduduk')).toBeTruthy();
    expect(within(medan2021).getByText('30.000')).toBeTruthy();
    expect(within(medan2021).getByText('Demo')).toBeTruthy();
    expect(within(medan2021).getByText('CityBridge — Deret contoh (demo)')).toBeTruthy();
    const solok2022 = within(table).getAllByRole('row').find((r) => r.textContent?.includes('Kota Solok') && r.textContent.includes('2022')) as HTMLElement;
    expect(within(solok2022).getByText('Tidak dapat dihitung (pembagi tidak tersedia)')).toBeTruthy();
    expect(within(solok2022).getByText('Dilaporkan sendiri')).toBeTruthy();
    expect(screen.getByText('Kota Solok: tidak ada jumlah penduduk untuk 2022.')).toBeTruthy();
    expect(screen.getByText('Berisi data demo')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href')).toBe(
      '/metrics/export.csv?cities=12.71%2C13.72&indicators=complaints_resolved&from=2021&to=2022',
    );
    // The chart is hidden from screen readers; its caption points to the table.
    expect(screen.getAllByRole('link', { name: 'Semua angka ada di tabel di bawah.' })[0].getAttribute('href')).toBe('#compare-table');
    expect(screen.getByRole('radio', { name: 'Per 100.000 penduduk' })).toHaveProperty('checked', true);
    expect(screen.getByRole('button', { name: 'Hapus Kota Medan dari perbandingan' })).toBeTruthy();
  });

  it('in English: the same view in English words and English number style', async () => {
    renderApp({ path: VIEW, mocks: mocks('en'), language: 'en' });

    const table = await screen.findByRole('table', { name: /Every value \(Per 100,000 people, 2021–2022\)/ }, { timeout: 20_000 });
    expect(within(table).getByText('1,234.5 per 100,000 people')).toBeTruthy();
    expect(within(table).getAllByText('Self-reported').length).toBe(2);
    expect(within(table).getByText('Cannot be computed (no denominator)')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Compare cities on metrics' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toBeTruthy();
  });

  it('keeps each change in the URL: normalisation, chart type and removing a city', async () => {
    const { router } = renderApp({ path: VIEW, mocks: [...mocks(), compareMock({ ...VARIABLES, normalisation: 'RAW' }, ROWS), compareMock({ ...VARIABLES, cityCodes: ['13.72'], normalisation: 'RAW' }, ROWS.slice(2))] });
    await screen.findByRole('table', { name: /Semua nilai/ }, { timeout: 20_000 });

    fireEvent.click(screen.getByRole('radio', { name: 'Nilai asli' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('normalisasi')).toBe('mentah'));
    expect(await screen.findByRole('table', { name: /Semua nilai \(Nilai asli, 2021–2022\)/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Batang' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('grafik')).toBe('batang'));

    fireEvent.click(screen.getByRole('button', { name: 'Hapus Kota Medan dari perbandingan' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('kota')).toEqual(['kota-solok']));
    await waitFor(() => expect(within(screen.getByRole('table', { name: /Semua nilai/ })).queryByText('Kota Medan')).toBeNull());
  });

  it('asks for a city and an indicator when the link has none', async () => {
    renderApp({ path: '/metrik', mocks: [indicatorsMock()] });
    expect(await screen.findByText('Pilih paling sedikit satu kota dan satu indikator untuk melihat perbandingan.')).toBeTruthy();
    expect(screen.getByText('Belum ada kota yang dipilih.')).toBeTruthy();
  });
});
