import { fireEvent, screen, within } from '@testing-library/react';
import { cityMock, KOTA_SOLOK } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { cityObservationsMock, metricSource, observation } from './metrics-fixtures';

beforeEach(() => localStorage.clear());

const OBSERVATIONS = [
  observation('population', 2023, 76_000),
  observation('population', 2024, 78_500),
  observation('population', 2024, 80_100, { id: 'obs-pop-self', quality: 'SELF_REPORTED', isDefault: false, source: metricSource('src-diskominfo', 'Diskominfo Kota Solok', 'Profil kota') }),
  observation('complaints_resolved', 2024, 1234.5, { quality: 'DEMO', isDemo: true }),
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

  it('in English', async () => {
    renderApp({ path: '/kota/kota-solok', language: 'en', mocks: [cityMock('kota-solok', KOTA_SOLOK), cityObservationsMock('13.72', OBSERVATIONS, 'en')] });
    const table = await screen.findByRole('table', { name: 'Metrics of Kota Solok' }, { timeout: 20_000 });
    expect(within(within(table).getByRole('row', { name: /Population/ })).getByText('78,500 people')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Compare Kota Solok with other cities' }).getAttribute('href')).toBe('/metrik?kota=kota-solok');
  });
});
