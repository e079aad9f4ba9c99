import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  citiesMock,
  citiesResult,
  cityRow,
  KABUPATEN_SOLOK_ROW,
  KABUPATEN_SOLOK_SELATAN_ROW,
  KOTA_MEDAN_ROW,
  KOTA_SOLOK_ROW,
  provincesMock,
} from '../test/fixtures';
import { CitiesDocument } from '../gql/graphql';
import { renderApp } from '../test/render-app';
import { CITY_PAGE_SIZE } from './city-directory';
import { SEARCH_DEBOUNCE_MS } from './search-input';

beforeEach(() => localStorage.clear());

const ALL = { filter: {}, first: CITY_PAGE_SIZE };

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (!row) throw new Error(`no table row for ${name}`);
  return row;
}

describe('city directory', () => {
  it('lists cities with kind, province, time zone and kecamatan count, and the total', async () => {
    renderApp({
      path: '/kota',
      mocks: [
        provincesMock,
        {
          ...citiesMock(
            ALL,
            citiesResult([KOTA_MEDAN_ROW, KOTA_SOLOK_ROW, KABUPATEN_SOLOK_ROW], {
              totalCount: 514,
              hasNextPage: true,
              endCursor: 'c3',
            }),
          ),
          delay: 30,
        },
      ],
    });

    expect(await screen.findByRole('status', { name: 'Memuat daftar kota…' })).toBeTruthy();
    expect(await screen.findByText('514 kota/kabupaten')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Direktori kota dan kabupaten' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Daftar kota dan kabupaten' });
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header + 3 cities

    expect(screen.getByRole('link', { name: 'Kota Solok' }).getAttribute('href')).toBe('/kota/kota-solok');
    const solok = within(rowOf('Kota Solok'));
    expect(solok.getByText('Kota')).toBeTruthy();
    expect(solok.getByText('Sumatera Barat')).toBeTruthy();
    expect(solok.getByText('WIB')).toBeTruthy();
    expect(solok.getByText('2')).toBeTruthy();
    expect(within(rowOf('Kabupaten Solok')).getByText('Kabupaten')).toBeTruthy();
    expect(within(rowOf('Kota Medan')).getByText('Sumatera Utara')).toBeTruthy();
    expect(screen.getByText('Menampilkan 3 dari 514')).toBeTruthy();
  });

  it('offers provinces with their city counts and kinds as filters', async () => {
    renderApp({ path: '/kota', mocks: [provincesMock, citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW]))] });

    const province = await screen.findByLabelText('Provinsi');
    expect(await within(province).findByRole('option', { name: 'Sumatera Barat (19)' })).toBeTruthy();
    expect(within(province).getByRole('option', { name: 'Semua provinsi' })).toBeTruthy();
    const kinds = within(screen.getByLabelText('Jenis')).getAllByRole('option');
    expect(kinds.map((option) => option.textContent)).toEqual(['Semua', 'Kota', 'Kabupaten']);
  });

  it('searches after a pause in typing and keeps the query in the URL', async () => {
    const { router } = renderApp({
      path: '/',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_MEDAN_ROW], { totalCount: 514 })),
        citiesMock(
          { filter: { search: 'solok' }, first: CITY_PAGE_SIZE },
          citiesResult([KABUPATEN_SOLOK_ROW, KABUPATEN_SOLOK_SELATAN_ROW, KOTA_SOLOK_ROW]),
        ),
      ],
    });
    expect(await screen.findByText('514 kota/kabupaten')).toBeTruthy();

    // Typed quickly: only the final text is searched (a query for "so" would find no mock and fail).
    const searchbox = screen.getByRole('searchbox', { name: 'Cari kota atau kabupaten' });
    const typedAt = Date.now();
    for (const text of ['s', 'so', 'sol', 'solo', 'solok']) fireEvent.change(searchbox, { target: { value: text } });
    expect(router.state.location.search).toBe('');

    await waitFor(() => expect(router.state.location.search).toBe('?q=solok'));
    expect(Date.now() - typedAt).toBeGreaterThanOrEqual(SEARCH_DEBOUNCE_MS - 20);
    expect(await screen.findByRole('link', { name: 'Kota Solok' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kabupaten Solok Selatan' })).toBeTruthy();
    expect(screen.getByText('3 kota/kabupaten')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Kota Medan' })).toBeNull();
  });

  it('reads search, province and kind from the URL', async () => {
    renderApp({
      path: '/kota?q=solok&provinsi=13&jenis=KOTA',
      mocks: [
        provincesMock,
        citiesMock(
          { filter: { search: 'solok', provinceCode: '13', kind: 'KOTA' }, first: CITY_PAGE_SIZE },
          citiesResult([KOTA_SOLOK_ROW]),
        ),
      ],
    });

    expect(await screen.findByRole('link', { name: 'Kota Solok' })).toBeTruthy();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('solok');
    expect((screen.getByLabelText('Jenis') as HTMLSelectElement).value).toBe('KOTA');
    await screen.findByRole('option', { name: 'Sumatera Barat (19)' });
    expect((screen.getByLabelText('Provinsi') as HTMLSelectElement).value).toBe('13');
  });

  it('puts a chosen kind into the URL and queries with it', async () => {
    const { router } = renderApp({
      path: '/kota',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW, KABUPATEN_SOLOK_ROW])),
        citiesMock({ filter: { kind: 'KABUPATEN' }, first: CITY_PAGE_SIZE }, citiesResult([KABUPATEN_SOLOK_ROW])),
      ],
    });
    await screen.findByRole('link', { name: 'Kota Solok' });

    fireEvent.change(screen.getByLabelText('Jenis'), { target: { value: 'KABUPATEN' } });

    expect(router.state.location.search).toBe('?jenis=KABUPATEN');
    expect(await screen.findByText('1 kota/kabupaten')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Kota Solok' })).toBeNull();
  });

  it('loads the next page with "Muat lebih banyak" and appends it', async () => {
    const page2 = [cityRow('Kota Padang', 'kota-padang', '13.71', 'KOTA', 11)];
    renderApp({
      path: '/kota',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 2, hasNextPage: true, endCursor: 'c1' })),
        citiesMock({ ...ALL, after: 'c1' }, citiesResult(page2, { totalCount: 2, endCursor: 'c2' })),
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));

    expect(await screen.findByRole('link', { name: 'Kota Padang' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kota Solok' })).toBeTruthy();
    expect(screen.getByText('Menampilkan 2 dari 2')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('says so when no city matches the search', async () => {
    renderApp({
      path: '/kota?q=atlantis',
      mocks: [
        provincesMock,
        citiesMock({ filter: { search: 'atlantis' }, first: CITY_PAGE_SIZE }, citiesResult([], { totalCount: 0 })),
      ],
    });

    expect(await screen.findByText('Tidak ada kota yang cocok dengan “atlantis”.')).toBeTruthy();
    expect(screen.getByText('0 kota/kabupaten')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows an error with a retry button that loads the list again', async () => {
    renderApp({
      path: '/kota',
      mocks: [
        provincesMock,
        { request: { query: CitiesDocument, variables: ALL }, error: new Error('boom') },
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 514 })),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Daftar kota tidak dapat dimuat.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByRole('link', { name: 'Kota Solok' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
