import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SignOutDocument } from '../gql/graphql';
import { meMock, pendingCountsMock, PLATFORM_ADMIN, SOLOK_ADMIN, WARGA } from '../test/account-fixtures';
import { citiesMock, citiesResult, KOTA_SOLOK_ROW, provincesMock } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { initials } from './user-menu';
import { CITY_PAGE_SIZE } from '../cities/public';

/** Signing out goes to the home page, which searches the directory (again after the store reset). */
const HOME_MOCKS = [
  provincesMock,
  {
    ...citiesMock({ filter: {}, first: CITY_PAGE_SIZE }, citiesResult([KOTA_SOLOK_ROW])),
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

beforeEach(() => localStorage.clear());

function header() {
  return within(screen.getByRole('banner'));
}

let panel: HTMLElement;

/** Opens the user menu (a disclosure button) and returns its panel. */
async function openUserMenu(name: RegExp) {
  const button = await header().findByRole('button', { name });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!controlled) throw new Error('the menu button controls no panel');
  panel = controlled;
  return within(panel);
}

/** The open panel's links and buttons, in order: [text, href]. */
function menuEntries() {
  return Array.from(panel.querySelectorAll('a, button'), (item) => [item.textContent, item.getAttribute('href')]);
}

describe('header account menu', () => {
  it('offers "Masuk" and "Daftar" when signed out, and no account or admin links', async () => {
    renderApp({ path: '/praktik', me: null });

    expect((await header().findByRole('link', { name: 'Masuk' })).getAttribute('href')).toBe('/masuk');
    expect(header().getByRole('link', { name: 'Daftar' }).getAttribute('href')).toBe('/daftar');
    // No user menu: the header's only buttons are the burger and the language switch.
    expect(header().getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Buka menu navigasi',
      'ID — Bahasa Indonesia',
      'EN — English',
    ]);
    expect(screen.queryByText('Verifikasi perwakilan')).toBeNull();
    expect(screen.queryByText('Log audit')).toBeNull();
    expect(screen.queryByText('Profil')).toBeNull();
  });

  it('shows a plain user only Profil and the two ways to sign out', async () => {
    renderApp({ path: '/praktik', me: WARGA });

    await openUserMenu(/Warga Solok/);
    expect(menuEntries()).toEqual([
      ['Profil', '/profil'],
      ['Keluar', null],
      ['Keluar dari semua perangkat', null],
    ]);
    expect(header().queryByRole('link', { name: 'Masuk' })).toBeNull();
    expect(header().queryByText('Akun demo')).toBeNull();
  });

  it('adds the admin pages the user may open, from allowedActions, and marks a demo account', async () => {
    renderApp({ path: '/praktik', me: PLATFORM_ADMIN });

    const button = await header().findByRole('button', { name: /Admin CityBridge/ });
    expect(within(button).getByText('Akun demo')).toBeTruthy();
    await openUserMenu(/Admin CityBridge/);
    expect(menuEntries()).toEqual([
      ['Profil', '/profil'],
      ['Kota saya', '/kota-saya'],
      ['Tinjauan praktik', '/praktik/tinjauan'],
      ['Verifikasi perwakilan', '/admin/verifikasi'],
      ['Log audit', '/admin/audit'],
      ['Anggota Kota Solok', '/kota/kota-solok/anggota'],
      ['Keluar', null],
      ['Keluar dari semua perangkat', null],
    ]);
  });

  it('shows what waits: the cities\' requests and invitations, and the verification queue', async () => {
    renderApp({ path: '/praktik', me: PLATFORM_ADMIN, mocks: [pendingCountsMock({ representationRequests: 2, invitations: 1, verificationQueue: 4 })] });

    const menu = await openUserMenu(/Admin CityBridge.*7 menunggu/);
    expect(within(menu.getByRole('link', { name: /Kota saya/ })).getByLabelText('3 menunggu')).toBeTruthy();
    expect(within(menu.getByRole('link', { name: /Verifikasi perwakilan/ })).getByLabelText('4 menunggu')).toBeTruthy();
    expect(within(menu.getByRole('link', { name: 'Profil' })).queryByText(/menunggu/)).toBeNull();
  });

  it('links only the cities whose members the user may see', async () => {
    renderApp({ path: '/praktik', me: SOLOK_ADMIN });

    const menu = await openUserMenu(/Admin Solok/);
    expect(menu.getByRole('link', { name: 'Anggota Kota Solok' })).toBeTruthy();
    expect(menu.queryByRole('link', { name: 'Anggota Kota Medan' })).toBeNull();
    expect(menu.queryByRole('link', { name: 'Verifikasi perwakilan' })).toBeNull();
    expect(menu.queryByRole('link', { name: 'Log audit' })).toBeNull();
  });

  it('closes with Escape and returns focus to its button', async () => {
    renderApp({ path: '/praktik', me: WARGA });
    const menu = await openUserMenu(/Warga Solok/);
    const button = header().getByRole('button', { name: /Warga Solok/ });

    fireEvent.keyDown(menu.getByRole('link', { name: 'Profil' }), { key: 'Escape' });

    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Profil' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('signs out and shows "Masuk" again', async () => {
    const { router } = renderApp({
      path: '/praktik',
      mocks: [
        ...HOME_MOCKS,
        meMock(WARGA),
        {
          request: { query: SignOutDocument, variables: { input: { everywhere: false } } },
          result: { data: { signOut: { __typename: 'SignOutPayload', signedOut: true, userErrors: [] } } },
        },
      ],
      me: null,
    });

    const menu = await openUserMenu(/Warga Solok/);
    fireEvent.click(menu.getByRole('button', { name: 'Keluar' }));

    expect(await header().findByRole('link', { name: 'Masuk' })).toBeTruthy();
    expect(header().queryByRole('button', { name: /Warga Solok/ })).toBeNull();
    expect(router.state.location.pathname).toBe('/');
    expect(await screen.findByRole('link', { name: 'Kota Solok' })).toBeTruthy();
  });

  it('asks for confirmation before signing out of every device', async () => {
    renderApp({
      path: '/praktik',
      mocks: [
        ...HOME_MOCKS,
        meMock(WARGA),
        {
          request: { query: SignOutDocument, variables: { input: { everywhere: true } } },
          result: { data: { signOut: { __typename: 'SignOutPayload', signedOut: true, userErrors: [] } } },
        },
      ],
      me: null,
    });

    const menu = await openUserMenu(/Warga Solok/);
    fireEvent.click(menu.getByRole('button', { name: 'Keluar dari semua perangkat' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Keluar dari semua perangkat?' }));

    // Cancelling sends nothing: the single mocked sign-out is still there for the confirmed try below.
    fireEvent.click(dialog.getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(header().getByRole('button', { name: /Warga Solok/ })).toBeTruthy();

    fireEvent.click(menu.getByRole('button', { name: 'Keluar dari semua perangkat' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Keluar dari semua perangkat?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Keluar dari semua perangkat' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await header().findByRole('link', { name: 'Masuk' })).toBeTruthy();
  });
});

describe('initials', () => {
  it('takes the first letters of the first two words', () => {
    expect(initials('Admin Platform (demo)')).toBe('AP');
    expect(initials('warga')).toBe('W');
    expect(initials('  Ñoño  Ávila ')).toBe('ÑÁ');
    expect(initials('(demo)')).toBe('D');
    expect(initials('')).toBe('?');
  });
});
