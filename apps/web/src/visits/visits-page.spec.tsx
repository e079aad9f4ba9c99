import { fireEvent, screen, within } from '@testing-library/react';
import { membership, viewer } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import { inboxMock, MEDAN, myVisitsMock, publicVisitsMock, SOLOK, visitCard, windowOf } from './visit-fixtures';

beforeEach(() => localStorage.clear());

const SOLOK_EDITOR = viewer({
  id: 'user-solok-editor',
  email: 'editor.solok@citybridge.demo',
  displayName: 'Editor Kota Solok (demo)',
  isDemo: true,
  memberships: [membership(SOLOK, 'EDITOR')],
});


const CONFIRMED = visitCard({
  id: 'v-confirmed',
  state: 'CONFIRMED',
  isDemo: true,
  startsAt: '2018-10-05T02:00:00.000Z',
  endsAt: '2018-10-05T05:00:00.000Z',
  windows: [],
});
const REQUESTED = visitCard({
  id: 'v-requested',
  windows: [windowOf('w1', '2027-03-05T02:00:00.000Z', '2027-03-05T05:00:00.000Z'), windowOf('w2', '2027-03-12T02:00:00.000Z', '2027-03-12T05:00:00.000Z')],
});

async function section(name: string) {
  return within((await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement);
}

describe('visits overview', () => {
  it('signed out: the public visits, with their dates in the host’s zone and the demo badge; no request button', async () => {
    renderApp({ path: '/kunjungan', mocks: [publicVisitsMock([CONFIRMED])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kunjungan kerja' })).toBeTruthy();
    expect(document.title).toBe('Kunjungan kerja · CityBridge');
    const list = await section('Kunjungan terjadwal dan selesai');
    const link = await list.findByRole('link', { name: 'Kota Solok → Kota Medan' });
    expect(link.getAttribute('href')).toBe('/kunjungan/v-confirmed');
    expect(list.getByText('Terkonfirmasi')).toBeTruthy();
    expect(list.getByText('Demo')).toBeTruthy();
    expect(list.getByText('Jumat, 5 Oktober 2018 09.00–12.00 WIB')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ajukan kunjungan' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Perlu tindakan saya' })).toBeNull();
  });

  it('signed out with no public visit: says so, in English too', async () => {
    renderApp({ path: '/kunjungan', language: 'en', mocks: [publicVisitsMock([])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Working visits' })).toBeTruthy();
    expect(await screen.findByText('No working visit is public yet.')).toBeTruthy();
  });

  it('signed in: what needs my action and my cities’ visits, with empty states and the request button', async () => {
    renderApp({ path: '/kunjungan', me: SOLOK_EDITOR, mocks: [inboxMock([]), myVisitsMock([REQUESTED])] });

    expect(await screen.findByText('Tidak ada kunjungan yang menunggu tindakan Anda.')).toBeTruthy();
    const mine = await section('Kunjungan kota saya');
    expect(await mine.findByRole('link', { name: 'Kota Solok → Kota Medan' })).toBeTruthy();
    expect(mine.getByText('Diajukan')).toBeTruthy();
    expect(mine.getByText('Usulan jadwal: Jumat, 5 Maret 2027 09.00–12.00 WIB (dan 2 pilihan seluruhnya)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ajukan kunjungan' }).getAttribute('href')).toBe('/kunjungan/ajukan');
  });

  it('loads more of a list with its cursor and keeps the rows shown', async () => {
    const second = visitCard({ id: 'v-second', hostCity: MEDAN, purpose: 'Kunjungan kedua.' });
    renderApp({
      path: '/kunjungan',
      language: 'en',
      me: SOLOK_EDITOR,
      mocks: [
        inboxMock([REQUESTED], null, { hasNextPage: true, endCursor: 'c1', totalCount: 2 }),
        myVisitsMock([]),
        inboxMock([second], 'c1', { totalCount: 2 }),
      ],
    });

    const inbox = await section('Needs my action');
    expect(await inbox.findByText('Showing 1 of 2')).toBeTruthy();
    fireEvent.click(inbox.getByRole('button', { name: 'Load more' }));
    expect(await inbox.findByText('Kunjungan kedua.')).toBeTruthy();
    expect(inbox.getAllByRole('link', { name: 'Kota Solok → Kota Medan' })).toHaveLength(2);
    expect(screen.getByText('Your cities have no working visits yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Request a visit' })).toBeTruthy();
  });
});
