import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import {
  APP_CARD,
  ASSET_CARD,
  card,
  hit,
  MEDAN,
  NO_FACETS,
  searchMock,
  WASTE_CARD,
} from './practice-fixtures';

beforeEach(() => localStorage.clear());

const ASSET_HIT = hit(
  ASSET_CARD,
  '<mark>Pengelolaan</mark> <mark>aset</mark> daerah Kota Medan',
  'Teks demo. <mark>Pengelolaan</mark> <mark>aset</mark> daerah Kota Medan dinilai baik',
);
const APP_HIT = hit(APP_CARD, 'Aplikasi Medan Rumah Kita', 'Warga melapor lewat aplikasi');

const results = () => screen.getByRole('list', { name: /Hasil pencarian|Search results/ });

describe('practice library', () => {
  it('without a query lists the newest practices with facets and counts, demo practices marked', async () => {
    renderApp({ path: '/praktik', mocks: [searchMock({}, [ASSET_HIT, APP_HIT])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pustaka praktik baik' })).toBeTruthy();
    expect(await screen.findByText('2 praktik')).toBeTruthy();
    expect(screen.getByText('Praktik terbaru lebih dulu.')).toBeTruthy();
    expect(document.title).toBe('Praktik baik · CityBridge');
    const items = within(results()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0] as HTMLElement);
    expect(first.getByRole('link', { name: 'Pengelolaan aset daerah Kota Medan' }).getAttribute('href')).toBe(
      `/praktik/${ASSET_CARD.id}`,
    );
    expect(first.getByText('Kota Medan · Keuangan dan aset daerah · 2016')).toBeTruthy();
    expect(first.getByText('Demo')).toBeTruthy();
    // Facets: labels from the locale files, counts from the API.
    expect(screen.getByRole('checkbox', { name: 'Keuangan dan aset daerah (1)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Smart governance (2)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'SDG 11: Kota dan permukiman yang berkelanjutan (2)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Sumatera Utara (2)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Kota Medan (2)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '2017 (1)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'English (1)' })).toBeTruthy();
  });

  it('searches on submit, keeps the query in the URL and shows the highlights as marks only', async () => {
    const evil = hit(
      WASTE_CARD,
      'Bank <mark>sampah</mark> <img src=x onerror="window.hacked=1">',
      '<script>window.hacked=1</script><mark>sampah</mark> dipilah',
    );
    const { router } = renderApp({
      path: '/praktik',
      mocks: [searchMock({}, [ASSET_HIT]), searchMock({ query: 'sampah', sort: 'RELEVANCE' }, [evil])],
    });
    await screen.findByText('1 praktik');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Cari praktik' }), { target: { value: ' sampah ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));

    const link = await screen.findByRole('link', { name: 'Bank sampah' });
    expect(router.state.location.search).toBe('?q=sampah');
    expect(document.title).toBe('sampah · Praktik baik · CityBridge');
    expect(link.querySelector('mark')?.textContent).toBe('sampah');
    const item = link.closest('li') as HTMLElement;
    expect(item.querySelector('img, script')).toBeNull();
    expect(item.innerHTML).not.toContain('onerror');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    expect((screen.getByRole('combobox', { name: 'Urutkan' }) as HTMLSelectElement).value).toBe('RELEVANCE');
  });

  it('reads query, facets and sort from the URL; ticking a facet adds it to the URL', async () => {
    const { router } = renderApp({
      path: '/praktik?q=aset&urut=terbaru&topik=finance_assets',
      mocks: [
        searchMock({ query: 'aset', sort: 'NEWEST', filter: { topics: ['finance_assets'] } }, [ASSET_HIT]),
        searchMock(
          { query: 'aset', sort: 'NEWEST', filter: { topics: ['finance_assets'], years: [2016] } },
          [ASSET_HIT],
        ),
      ],
    });

    const topic = await screen.findByRole('checkbox', { name: 'Keuangan dan aset daerah (1)' });
    expect((topic as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('searchbox', { name: 'Cari praktik' }) as HTMLInputElement).value).toBe('aset');
    expect((screen.getByRole('combobox', { name: 'Urutkan' }) as HTMLSelectElement).value).toBe('NEWEST');

    fireEvent.click(screen.getByRole('checkbox', { name: '2016 (1)' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('tahun')).toEqual(['2016']));
    expect(await screen.findByRole('checkbox', { name: '2016 (1)', checked: true })).toBeTruthy();

    // Back undoes the facet.
    await router.navigate(-1);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('tahun')).toEqual([]));
  });

  it('keeps the results and the ticked checkbox (with its focus) while the narrowed search loads', async () => {
    renderApp({
      path: '/praktik',
      mocks: [
        searchMock({}, [ASSET_HIT, APP_HIT]),
        { ...searchMock({ filter: { topics: ['public_services'] } }, [APP_HIT]), delay: 300 },
      ],
    });
    const checkbox = await screen.findByRole('checkbox', { name: 'Pelayanan publik (1)' });
    checkbox.focus();
    fireEvent.click(checkbox);

    expect(await screen.findByText('Memuat praktik…')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pengelolaan aset daerah Kota Medan' })).toBeTruthy();
    expect(await screen.findByText('1 praktik')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Pelayanan publik (1)' })).toBe(checkbox);
    expect(document.activeElement).toBe(checkbox);
    expect((checkbox as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('link', { name: 'Pengelolaan aset daerah Kota Medan' })).toBeNull();
  });

  it('offers to clear the filters when nothing matches', async () => {
    const { router } = renderApp({
      path: '/praktik?q=jembatan&dimensi=living',
      mocks: [
        searchMock({ query: 'jembatan', sort: 'RELEVANCE', filter: { dimensions: ['living'] } }, [], { facets: NO_FACETS }),
        searchMock({ query: 'jembatan', sort: 'RELEVANCE' }, [], { facets: NO_FACETS }),
      ],
    });

    expect(await screen.findByText('Tidak ada praktik yang cocok dengan “jembatan”.')).toBeTruthy();
    expect(screen.getByText('Coba kata lain atau hapus saringan.')).toBeTruthy();
    // The selected value stays visible so it can be unticked, even without a count.
    expect(screen.getByRole('checkbox', { name: 'Smart living (0)', checked: true })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Hapus semua saringan' })[0] as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe('?q=jembatan'));
    expect(await screen.findByText('0 praktik')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hapus semua saringan' })).toBeNull();
  });

  it('loads more with the cursor and moves the focus to the first new result', async () => {
    const more = Array.from({ length: 2 }, (_, i) =>
      hit(card(`p-${i}`, MEDAN, { ID: `Praktik tambahan ${i + 1}` }), `Praktik tambahan ${i + 1}`, 'cuplikan'),
    );
    renderApp({
      path: '/praktik',
      mocks: [
        searchMock({}, [ASSET_HIT, APP_HIT], { totalCount: 4, hasNextPage: true, endCursor: 'c2' }),
        searchMock({ after: 'c2' }, more, { totalCount: 4 }),
      ],
    });
    expect(await screen.findByText('Menampilkan 2 dari 4')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));

    const firstNew = await screen.findByRole('link', { name: 'Praktik tambahan 1' });
    await waitFor(() => expect(document.activeElement).toBe(firstNew));
    expect(within(results()).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText('Menampilkan 4 dari 4')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('shows an error with a retry button', async () => {
    renderApp({
      path: '/praktik',
      mocks: [
        { request: searchMock({}, []).request, error: new Error('network down') },
        searchMock({}, [ASSET_HIT]),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Praktik tidak dapat dimuat.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('link', { name: 'Pengelolaan aset daerah Kota Medan' })).toBeTruthy();
  });

  it('shows a loading state first', async () => {
    renderApp({ path: '/praktik', mocks: [{ ...searchMock({}, [ASSET_HIT]), delay: 200 }] });
    expect(await screen.findByRole('status', { name: 'Memuat praktik…' })).toBeTruthy();
    expect(await screen.findByText('1 praktik')).toBeTruthy();
  });

  it('speaks English', async () => {
    renderApp({ path: '/praktik?q=asset', language: 'en', mocks: [searchMock({ query: 'asset', sort: 'RELEVANCE' }, [ASSET_HIT, APP_HIT])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Best practice library' })).toBeTruthy();
    expect(await screen.findByText('2 practices')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search practices' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Finance and regional assets (1)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'SDG 11: Sustainable cities and communities (2)' })).toBeTruthy();
    expect(screen.getByText('Kota Medan · Public services · 2017')).toBeTruthy();
  });
});
