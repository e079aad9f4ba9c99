import { fireEvent, screen, within } from '@testing-library/react';
import { VisitCalendarCitySearchDocument, VisitCalendarFeedDocument } from '../gql/features/graphql';
import { membership, viewer } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import { calendarCityMock, calendarMock, calendarVisit, JAYAPURA, MEDAN, SEED_VISIT, SOLOK, SURABAYA } from './visit-pages-fixtures';

beforeEach(() => localStorage.clear());

// October 2018 as a month grid in WIB: Monday 1 October to Sunday 4 November.
const OCTOBER = ['2018-09-30T17:00:00.000Z', '2018-11-04T17:00:00.000Z'] as const;
const CANCELLED = calendarVisit('visit-cancelled', MEDAN, SURABAYA, 'CANCELLED', '2018-10-03T01:00:00.000Z', '2018-10-03T04:30:00.000Z');

/** The list under the grid: the section of one day. */
function daySection(name: string) {
  return within(screen.getByRole('heading', { level: 3, name }).closest('section') as HTMLElement);
}

describe('visit calendar', () => {
  it('shows a month of a city’s visits in its zone, on the grid and in the list, each state in words', async () => {
    renderApp({
      path: '/kunjungan/kalender?kota=kota-medan&tampilan=bulan&tanggal=2018-10-05',
      mocks: [calendarCityMock('kota-medan', MEDAN), calendarMock('kota-medan', ...OCTOBER, [SEED_VISIT, CANCELLED])],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kalender kunjungan Kota Medan' })).toBeTruthy();
    expect(document.title).toBe('Kalender kunjungan Kota Medan · CityBridge');
    expect(screen.getByText('Waktu dalam WIB (Asia/Jakarta).')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Oktober 2018' })).toBeTruthy();

    const friday = await screen.findByRole('heading', { level: 3, name: 'Jumat, 5 Oktober 2018' });
    const seed = daySection(friday.textContent as string);
    expect(seed.getByRole('link', { name: 'Kota Solok ke Kota Medan' }).getAttribute('href')).toBe('/kunjungan/visit-seed');
    expect(seed.getByText('Selesai')).toBeTruthy();
    expect(seed.getByText('09.00–12.00 · Menerima Kota Solok')).toBeTruthy();
    const cancelled = daySection('Rabu, 3 Oktober 2018');
    expect(cancelled.getByText('Dibatalkan')).toBeTruthy();
    expect(cancelled.getByText('08.00–11.30 · Berkunjung ke Kota Surabaya')).toBeTruthy();

    // The grid: 35 days, the entry on its day with its state written out; kept from assistive technology.
    const grid = document.querySelector('.visit-calendar-grid') as HTMLElement;
    expect(grid.getAttribute('aria-hidden')).toBe('true');
    expect(grid.querySelectorAll('.visit-calendar-day')).toHaveLength(35);
    const cell = grid.querySelector('[data-day="2018-10-05"]') as HTMLElement;
    const entry = cell.querySelector('a') as HTMLAnchorElement;
    expect(entry.textContent).toBe('09.00–12.00 Menerima Kota Solok · Selesai');
    expect(entry.getAttribute('href')).toBe('/kunjungan/visit-seed');
    expect(entry.tabIndex).toBe(-1);
    expect(grid.querySelector('[data-day="2018-11-01"]')?.hasAttribute('data-outside')).toBe(true);
    // The key names every state.
    const legend = within(screen.getByRole('list', { name: 'Keterangan status' }));
    expect(legend.getAllByRole('listitem')).toHaveLength(7);
  });

  it('shows a week in English and moves by weeks, all in the URL', async () => {
    const { router } = renderApp({
      path: '/kunjungan/kalender?kota=kota-medan&tampilan=minggu&tanggal=2018-10-03',
      language: 'en',
      mocks: [
        calendarCityMock('kota-medan', MEDAN),
        calendarMock('kota-medan', '2018-09-30T17:00:00.000Z', '2018-10-07T17:00:00.000Z', [SEED_VISIT]),
        calendarMock('kota-medan', '2018-10-07T17:00:00.000Z', '2018-10-14T17:00:00.000Z', []),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit calendar of Kota Medan' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '1 Oct 2018 – 7 Oct 2018' })).toBeTruthy();
    const seed = within((await screen.findByRole('heading', { level: 3, name: 'Friday, 5 October 2018' })).closest('section') as HTMLElement);
    expect(seed.getByText('Completed')).toBeTruthy();
    expect(seed.getByText('09:00–12:00 · Hosting Kota Solok')).toBeTruthy();
    expect(document.querySelectorAll('.visit-calendar-day')).toHaveLength(7);
    expect(screen.getByRole('link', { name: 'Week' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Month' }).getAttribute('href')).toBe('/kunjungan/kalender?kota=kota-medan&tampilan=bulan&tanggal=2018-10-03');

    fireEvent.click(screen.getByRole('link', { name: 'Next week' }));
    expect(await screen.findByText('No visits this week.')).toBeTruthy();
    expect(router.state.location.search).toBe('?kota=kota-medan&tampilan=minggu&tanggal=2018-10-10');
    expect(screen.getByRole('heading', { level: 2, name: '8 Oct 2018 – 14 Oct 2018' })).toBeTruthy();
  });

  it('shows times in the calendar city’s own zone (WIT for Jayapura)', async () => {
    renderApp({
      path: '/kunjungan/kalender?kota=kota-jayapura&tampilan=minggu&tanggal=2018-10-05',
      mocks: [
        calendarCityMock('kota-jayapura', JAYAPURA, { iana: 'Asia/Jayapura', label: 'WIT' }),
        calendarMock('kota-jayapura', '2018-09-30T15:00:00.000Z', '2018-10-07T15:00:00.000Z', [
          calendarVisit('visit-papua', JAYAPURA, MEDAN, 'CONFIRMED', '2018-10-05T02:00:00.000Z', '2018-10-05T05:00:00.000Z'),
        ]),
      ],
    });
    const day = within((await screen.findByRole('heading', { level: 3, name: 'Jumat, 5 Oktober 2018' })).closest('section') as HTMLElement);
    expect(day.getByText('11.00–14.00 · Berkunjung ke Kota Medan')).toBeTruthy();
    expect(day.getByText('Terkonfirmasi')).toBeTruthy();
  });

  it('says when a month holds more visits than one view shows', async () => {
    renderApp({
      path: '/kunjungan/kalender?kota=kota-medan&tanggal=2018-10-05',
      mocks: [calendarCityMock('kota-medan', MEDAN), calendarMock('kota-medan', ...OCTOBER, [SEED_VISIT], { hasNextPage: true, totalCount: 140 })],
    });
    expect(await screen.findByText('Hanya 1 dari 140 kunjungan yang ditampilkan. Pilih tampilan minggu untuk melihat semuanya.')).toBeTruthy();
  });

  it('without a city, offers the viewer’s cities and a search', async () => {
    renderApp({
      path: '/kunjungan/kalender',
      me: viewer({ memberships: [membership(SOLOK, 'EDITOR')] }),
      mocks: [
        {
          request: { query: VisitCalendarCitySearchDocument, variables: { search: 'medan' } },
          result: { data: { cities: { __typename: 'CityConnection', nodes: [{ ...MEDAN, province: { __typename: 'Province', code: '12', name: 'Sumatera Utara' } }] } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Pilih kota' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kota Solok' }).getAttribute('href')).toBe('/kunjungan/kalender?kota=kota-solok&tampilan=bulan');
    fireEvent.change(screen.getByRole('textbox', { name: 'Cari kota' }), { target: { value: 'medan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));
    expect((await screen.findByRole('link', { name: 'Kota Medan' })).getAttribute('href')).toBe('/kunjungan/kalender?kota=kota-medan&tampilan=bulan');
  });

  it('says so for an unknown city', async () => {
    renderApp({ path: '/kunjungan/kalender?kota=kota-atlantis', mocks: [calendarCityMock('kota-atlantis', null)] });
    expect(await screen.findByText('Kota “kota-atlantis” tidak ditemukan.')).toBeTruthy();
  });

  it('gives everyone the public feed and the city’s admins the full one and the availability editor', async () => {
    const admin = viewer({
      memberships: [{ ...membership(MEDAN, 'ADMIN'), allowedActions: ['CITY_MEMBERS_VIEW', 'CALENDAR_FEED_MANAGE', 'VISIT_AVAILABILITY_EDIT'] as never }],
    });
    renderApp({
      path: '/kunjungan/kalender?kota=kota-medan&tanggal=2018-10-05',
      me: admin,
      mocks: [
        calendarCityMock('kota-medan', MEDAN),
        calendarMock('kota-medan', ...OCTOBER, []),
        {
          request: { query: VisitCalendarFeedDocument, variables: { citySlug: 'kota-medan' } },
          result: { data: { calendarFeed: { __typename: 'CalendarFeed', url: 'https://citybridge.example/calendar/cities/kota-medan.ics?token=rahasia' } } },
        },
      ],
    });
    expect((await screen.findByRole('link', { name: 'Tautan langganan kunjungan publik' })).getAttribute('href')).toBe('/calendar/cities/kota-medan.ics');
    expect(((await screen.findByRole('textbox', { name: 'Tautan langganan lengkap' })) as HTMLInputElement).value).toBe(
      'https://citybridge.example/calendar/cities/kota-medan.ics?token=rahasia',
    );
    expect(screen.getByRole('link', { name: 'Atur ketersediaan Kota Medan' }).getAttribute('href')).toBe('/kunjungan/ketersediaan/kota-medan');
    expect(screen.getByText('Tidak ada kunjungan pada bulan ini.')).toBeTruthy();
  });

  it('gives a visitor no full feed', async () => {
    renderApp({ path: '/kunjungan/kalender?kota=kota-medan&tanggal=2018-10-05', mocks: [calendarCityMock('kota-medan', MEDAN), calendarMock('kota-medan', ...OCTOBER, [])] });
    expect(await screen.findByRole('link', { name: 'Tautan langganan kunjungan publik' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Tautan langganan lengkap' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Atur ketersediaan Kota Medan' })).toBeNull();
  });
});
