import { fireEvent, screen, within } from '@testing-library/react';
import { cityMock, KOTA_SOLOK } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { cityObservationsMock, metricSource, observation, programObservation } from './metrics-fixtures';

beforeEach(() => localStorage.clear());

const OBSERVATIONS = [
  observation('population', 2023, 76_000),
  observation('population', 2024, 78_500),
  observation('population', 2024, 80_100, { id: 'obs-pop-self', quality: 'SELF_REPORTED', isDefault: false, source: metricSource('src-diskominfo', 'Diskominfo Kota Solok', 'Profil kota') }),
  observation('complaints_resolved', 2024, 1234.5, { quality: 'DEMO', isDemo: true }),
  // A program's numbers for the same indicator, newer than the city's: they must not replace the city's value.
  programObservation('practice-app', 'Aplikasi Lapor Solok', 'Solok report app', 'complaints_resolved', 2025, 88, {
    quality: 'SELF_REPORTED',
    source: metricSource('src-kominfo', 'Diskominfo Kota Solok', 'Laporan aplikasi', 'https://kominfo.solokkota.go.id'),
  }),
  programObservation('practice-app', 'Aplikasi Lapor Solok', 'Solok report app', 'population', 2024, 5, { quality: 'DEMO', isDemo: true }),
];

describe('city metrics section', () => {
  it('shows each indicator’s latest shown value with source and quality; other sources one click away; demo marked', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK), cityObservationsMock('13.72', OBSERVATIONS)] });

    const table = await screen.findByRole('table', { name: 'Metrik Kota Solok' }, { timeout: 20_000 });
    const population = within(table).getByRole('row', { name: /Jumlah penduduk/ });
    expect(within(population).getByText('78.500 jiwa')).toBeTruthy();
    expect(within(population).getByText('Resmi')).toBeTruthy();
    expect(within(population).getByRole('link', { name: 'BPS Kota Solok — Kota Solok Dalam Angka 2024' }).getAttribute('href')).toBe('https://solokkota.bps.go.id');
    fireEvent.click(within(population).getByRole('button', { name: '1 sumber lain' }));
    expect(within(population).getByText('Diskominfo Kota Solok — Profil kota')).toBeTruthy();
    expect(within(population).getByRole('link', { name: 'Lihat deret 2 tahun' }).getAttribute('href')).toMatch(/^\/metrik\?kota=kota-solok&indikator=population&/);
    const complaints = within(table).getByRole('row', { name: /Pengaduan selesai/ });
    expect(within(complaints).getByText('Demo')).toBeTruthy();
    expect(screen.getByText(/Nilai bertanda Demo adalah contoh buatan/)).toBeTruthy();
  });

  it('keeps a program’s numbers out of the city’s table, in a section of its own titled with a link to the practice', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK), cityObservationsMock('13.72', OBSERVATIONS)] });
    const table = await screen.findByRole('table', { name: 'Metrik Kota Solok' }, { timeout: 20_000 });
    const complaints = within(table).getByRole('row', { name: /Pengaduan selesai/ });
    expect(within(complaints).getByText('2024')).toBeTruthy();
    expect(within(table).queryByText('88')).toBeNull();
    expect(within(table).queryByText('Diskominfo Kota Solok — Laporan aplikasi')).toBeNull();

    expect(screen.getByRole('heading', { name: 'Metrik program' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Aplikasi Lapor Solok' }).getAttribute('href')).toBe('/praktik/practice-app');
    const program = screen.getByRole('table', { name: 'Metrik program Aplikasi Lapor Solok' });
    const row = within(program).getByRole('row', { name: /Pengaduan selesai/ });
    expect(within(row).getByText('88')).toBeTruthy();
    expect(within(row).getByText('2025')).toBeTruthy();
    expect(within(row).getByText('Dilaporkan sendiri')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Diskominfo Kota Solok — Laporan aplikasi' }).getAttribute('href')).toBe('https://kominfo.solokkota.go.id');
    expect(within(within(program).getByRole('row', { name: /Jumlah penduduk/ })).getByText('Demo')).toBeTruthy();
    expect(within(program).queryByRole('link', { name: /Lihat deret/ })).toBeNull();
  });

  it('leaves out a program the reader may not see (no practice), and shows only the whole city’s values', async () => {
    const hidden = [observation('population', 2024, 78_500), observation('population', 2025, 1, { id: 'obs-draft', practiceId: 'practice-draft', practice: null })];
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK), cityObservationsMock('13.72', hidden)] });
    const table = await screen.findByRole('table', { name: 'Metrik Kota Solok' }, { timeout: 20_000 });
    expect(within(within(table).getByRole('row', { name: /Jumlah penduduk/ })).getByText('2024')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Metrik program' })).toBeNull();
  });

  it('in English', async () => {
    renderApp({ path: '/kota/kota-solok', language: 'en', mocks: [cityMock('kota-solok', KOTA_SOLOK), cityObservationsMock('13.72', OBSERVATIONS, 'en')] });
    const table = await screen.findByRole('table', { name: 'Metrics of Kota Solok' }, { timeout: 20_000 });
    expect(within(within(table).getByRole('row', { name: /Population/ })).getByText('78,500 people')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Solok report app' }).getAttribute('href')).toBe('/praktik/practice-app');
    expect(screen.getByRole('table', { name: 'Metrics of the program Solok report app' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Compare Kota Solok with other cities' }).getAttribute('href')).toBe('/metrik?kota=kota-solok');
  });
});
