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
import { CitiesDocument, NearestCityNamesDocument } from '../gql/graphql';
import { renderApp } from '../test/render-app';
import { CITY_PAGE_SIZE } from './city-directory';
import { SEARCH_DEBOUNCE_MS } from './search-input';

beforeEach(() => localStorage.clear());

const ALL = { filter: {}, first: CITY_PAGE_SIZE };

function nearestMock(search: string, cities: { id: string; slug: string; name: string }[]) {
  return {
    request: { query: NearestCityNamesDocument, variables: { search } },
    result: { data: { nearestCityNames: cities.map((city) => ({ __typename: 'City', ...city })) } },
  };
}

/** Keys as a browser delivers them: to the focused element, where a text field inserts them. */
function typeLikeABrowser(text: string) {
  for (const key of text) {
    const target = document.activeElement ?? document.body;
    const notPrevented = fireEvent.keyDown(target, { key });
    if (notPrevented && target instanceof HTMLInputElement) fireEvent.change(target, { target: { value: target.value + key } });
  }
}

async function findRowOf(name: string): Promise<HTMLElement> {
  await screen.findByRole('link', { name });
  return rowOf(name);
}

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
        nearestMock('atlantis', []),
      ],
    });

    expect(await screen.findByText('Tidak ada kota yang cocok dengan “atlantis”.')).toBeTruthy();
    expect(screen.getByText('0 kota/kabupaten')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('offers the nearest names as links and a way to clear the search and filters', async () => {
    const { router } = renderApp({
      path: '/kota?q=bukitingi&jenis=KABUPATEN',
      mocks: [
        provincesMock,
        citiesMock({ filter: { search: 'bukitingi', kind: 'KABUPATEN' }, first: CITY_PAGE_SIZE }, citiesResult([], { totalCount: 0 })),
        nearestMock('bukitingi', [{ id: 'city-13.75', slug: 'kota-bukittinggi', name: 'Kota Bukittinggi' }]),
        citiesMock(ALL, citiesResult([KOTA_MEDAN_ROW], { totalCount: 514 })),
      ],
    });

    const suggestion = await screen.findByRole('link', { name: 'Kota Bukittinggi' });
    expect(suggestion.getAttribute('href')).toBe('/kota/kota-bukittinggi');
    expect(screen.getByText('Nama yang mirip:')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hapus pencarian dan filter' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('link', { name: 'Kota Medan' })).toBeTruthy();
    const searchbox = screen.getByRole('searchbox', { name: 'Cari kota atau kabupaten' }) as HTMLInputElement;
    expect(searchbox.value).toBe('');
    expect(document.activeElement).toBe(searchbox);
  });

  it('shows which kecamatan or common name found a city', async () => {
    const solok = cityRow('Kota Solok', 'kota-solok', '13.72', 'KOTA', 2, undefined, { matchedDistrict: 'Lubuk Sikarah' });
    renderApp({
      path: '/kota?q=Lubuk+Sikarah',
      mocks: [provincesMock, citiesMock({ filter: { search: 'Lubuk Sikarah' }, first: CITY_PAGE_SIZE }, citiesResult([solok]))],
    });
    expect(within(await findRowOf('Kota Solok')).getByText('Kecamatan Lubuk Sikarah')).toBeTruthy();
  });

  it('shows the common name that found a city, in English too', async () => {
    const yogya = cityRow('Kota Yogyakarta', 'kota-yogyakarta', '34.71', 'KOTA', 14, { code: '34', name: 'DI Yogyakarta' }, { matchedAlias: 'jogja' });
    renderApp({
      path: '/kota?q=Jogja',
      language: 'en',
      mocks: [provincesMock, citiesMock({ filter: { search: 'Jogja' }, first: CITY_PAGE_SIZE }, citiesResult([yogya]))],
    });
    expect(within(await findRowOf('Kota Yogyakarta')).getByText('Also known as “jogja”')).toBeTruthy();
  });

  it('sorts by a column header, keeps the order in the URL and marks it with aria-sort', async () => {
    const { router } = renderApp({
      path: '/kota',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_MEDAN_ROW, KOTA_SOLOK_ROW])),
        citiesMock({ ...ALL, orderBy: 'PROVINCE' }, citiesResult([KOTA_SOLOK_ROW, KOTA_MEDAN_ROW].reverse())),
        citiesMock({ ...ALL, orderBy: 'PROVINCE_DESC' }, citiesResult([KOTA_SOLOK_ROW, KOTA_MEDAN_ROW])),
      ],
    });
    await screen.findByRole('link', { name: 'Kota Solok' });
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    // By name without the prefix is the default order.
    expect(header('Nama').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Provinsi').getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(header('Provinsi')).getByRole('button', { name: /Provinsi/ }));
    expect(router.state.location.search).toBe('?urut=PROVINCE');
    await waitFor(() => expect(header('Provinsi').getAttribute('aria-sort')).toBe('ascending'));
    expect(header('Nama').getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(header('Provinsi')).getByRole('button', { name: /Provinsi/ }));
    expect(router.state.location.search).toBe('?urut=PROVINCE_DESC');
    await waitFor(() => expect(header('Provinsi').getAttribute('aria-sort')).toBe('descending'));
    const names = within(screen.getByRole('table')).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Kota Solok', 'Kota Medan']);
  });

  it('marks no column as sorted while search results are ordered by relevance', async () => {
    renderApp({
      path: '/kota?q=solok',
      mocks: [provincesMock, citiesMock({ filter: { search: 'solok' }, first: CITY_PAGE_SIZE }, citiesResult([KOTA_SOLOK_ROW]))],
    });
    await screen.findByRole('link', { name: 'Kota Solok' });
    for (const header of screen.getAllByRole('columnheader')) expect(header.getAttribute('aria-sort') ?? 'none').toBe('none');
  });

  it('moves focus to the first new row after "Muat lebih banyak"', async () => {
    const page2 = [cityRow('Kota Padang', 'kota-padang', '13.71', 'KOTA', 11), cityRow('Kota Pariaman', 'kota-pariaman', '13.77', 'KOTA', 4)];
    renderApp({
      path: '/kota',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 3, hasNextPage: true, endCursor: 'c1' })),
        citiesMock({ ...ALL, after: 'c1' }, citiesResult(page2, { totalCount: 3, endCursor: 'c3' })),
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));

    const padang = await screen.findByRole('link', { name: 'Kota Padang' });
    await waitFor(() => expect(document.activeElement).toBe(padang));
  });

  it('shows the table as stacked cards on a phone, each cell with its column label', async () => {
    renderApp({ path: '/kota', mocks: [provincesMock, citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW]))] });
    const row = await findRowOf('Kota Solok');
    expect(screen.getByRole('table').classList.contains('stacked-table')).toBe(true);
    const labels = [...row.querySelectorAll('td')].map((cell) => cell.getAttribute('data-label'));
    expect(labels).toEqual(['Jenis', 'Provinsi', 'Zona waktu', 'Kecamatan']);
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

describe('no lost input', () => {
  it('keeps what is typed right after clicking "Kota": the directory\'s search box takes it', async () => {
    const { router } = renderApp({
      path: '/',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 514 })),
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 514 })),
        citiesMock({ filter: { search: 'medan' }, first: CITY_PAGE_SIZE }, citiesResult([KOTA_MEDAN_ROW])),
      ],
    });
    await screen.findByRole('link', { name: 'Kota Solok' });

    const nav = screen.getAllByRole('link', { name: 'Kota' })[0];
    nav.focus();
    fireEvent.click(nav);
    await waitFor(() => expect(router.state.location.pathname).toBe('/kota'));
    // Typed at once (the keys reach the focused link, or the heading once the page is shown;
    // keys typed while it still loads are covered in app/type-ahead.spec.ts).
    typeLikeABrowser('medan');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Direktori kota dan kabupaten' });
    expect(heading).toBeTruthy();
    const searchbox = screen.getByRole('searchbox', { name: 'Cari kota atau kabupaten' }) as HTMLInputElement;
    await waitFor(() => expect(searchbox.value).toBe('medan'));
    expect(document.activeElement).toBe(searchbox);
    await waitFor(() => expect(router.state.location.search).toBe('?q=medan'));
    expect(router.state.location.pathname).toBe('/kota');
    expect(await screen.findByRole('link', { name: 'Kota Medan' })).toBeTruthy();
  });

  it('carries text typed in the home page box over to the directory box', async () => {
    const { router } = renderApp({
      path: '/',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 514 })),
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 514 })),
        citiesMock({ filter: { search: 'solok' }, first: CITY_PAGE_SIZE }, citiesResult([KOTA_SOLOK_ROW])),
      ],
    });
    await screen.findByRole('link', { name: 'Kota Solok' });
    // Typed, and "Kota" clicked before the search was sent.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'solok' } });
    fireEvent.click(screen.getAllByRole('link', { name: 'Kota' })[0]);

    await screen.findByRole('heading', { level: 1, name: 'Direktori kota dan kabupaten' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('solok');
    await waitFor(() => expect(router.state.location.search).toBe('?q=solok'));
  });

  it('sends keys typed on the directory page, outside any field, to its search box', async () => {
    renderApp({
      path: '/kota',
      mocks: [provincesMock, citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW], { totalCount: 514 }))],
    });
    await screen.findByRole('link', { name: 'Kota Solok' });
    document.body.focus();
    typeLikeABrowser('pa');
    const searchbox = screen.getByRole('searchbox') as HTMLInputElement;
    expect(searchbox.value).toBe('pa');
    expect(document.activeElement).toBe(searchbox);
    // Shortcuts and keys inside fields are left alone.
    fireEvent.keyDown(document.body, { key: 'x', ctrlKey: true });
    expect(searchbox.value).toBe('pa');
  });
});
