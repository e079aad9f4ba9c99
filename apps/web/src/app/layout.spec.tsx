import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { LANGUAGE_STORAGE_KEY } from './i18n';

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'id';
});

function header() {
  return within(screen.getByRole('banner'));
}

describe('app shell', () => {
  it('has a header with the brand and the main navigation', async () => {
    renderApp({ path: '/praktik' });

    expect(header().getByRole('link', { name: /CityBridge/ }).getAttribute('href')).toBe('/');
    const nav = within(header().getByRole('navigation', { name: 'Navigasi utama' }));
    const links = nav.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Praktik Baik', '/praktik'],
      ['Kunjungan', '/kunjungan'],
      ['Metrik', '/metrik'],
      ['Kota', '/kota'],
    ]);
    expect(nav.getByRole('link', { name: 'Praktik Baik' }).getAttribute('aria-current')).toBe('page');
    expect(nav.getByRole('link', { name: 'Kota' }).getAttribute('aria-current')).toBeNull();
  });

  it('credits the data sources in the footer, with links', () => {
    renderApp({ path: '/praktik' });

    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByText(/Data wilayah:/).textContent).toBe(
      'Data wilayah: idn-area-data (Kemendagri), lisensi ODbL; koordinat dan estimasi penduduk: GeoNames (CC BY 4.0)',
    );
    expect(footer.getByRole('link', { name: 'idn-area-data' }).getAttribute('href')).toBe(
      'https://github.com/fityannugroho/idn-area-data',
    );
    expect(footer.getByRole('link', { name: 'ODbL' }).getAttribute('href')).toBe(
      'https://opendatacommons.org/licenses/odbl/',
    );
    expect(footer.getByRole('link', { name: 'GeoNames' }).getAttribute('href')).toBe('https://www.geonames.org/');
  });

  it('shows a not-found page for an unknown address', () => {
    renderApp({ path: '/tidak/ada' });

    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke beranda' }).getAttribute('href')).toBe('/');
  });

  it('switches to English, persists the choice and sets <html lang>', () => {
    renderApp({ path: '/tidak/ada' });
    expect(document.documentElement.lang).toBe('id');
    const indonesian = screen.getByRole('button', { name: 'ID — Bahasa Indonesia' });
    const english = screen.getByRole('button', { name: 'EN — English' });
    expect(indonesian.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(english);

    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(indonesian.getAttribute('aria-pressed')).toBe('false');
    expect(header().getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(header().getByRole('link', { name: 'Practices' })).toBeTruthy();
    expect(header().getByRole('link', { name: 'Cities' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText(/^Regional data:/)).toBeTruthy();
    expect(screen.queryByText('Praktik Baik')).toBeNull();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    // A new visit (fresh app, no explicit language) starts in the stored language.
    cleanup();
    renderApp({ path: '/tidak/ada' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'ID — Bahasa Indonesia' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('id');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    renderApp({ path: '/tidak/ada' });

    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
  });

  it('opens the navigation menu from the burger button on small screens', async () => {
    renderApp({ path: '/praktik' });
    const burger = screen.getByRole('button', { name: 'Buka menu navigasi' });
    expect(burger.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByRole('navigation')).toHaveLength(1);

    fireEvent.click(burger);

    expect(burger.getAttribute('aria-expanded')).toBe('true');
    expect(burger.getAttribute('aria-label')).toBe('Tutup menu navigasi');
    const menu = document.getElementById(burger.getAttribute('aria-controls') ?? '');
    expect(menu).not.toBeNull();
    fireEvent.click(within(menu as HTMLElement).getByRole('link', { name: 'Kunjungan' }));
    // The menu closes and the header's navigation marks the page it opened.
    expect(burger.getAttribute('aria-expanded')).toBe('false');
    const nav = within(header().getByRole('navigation', { name: 'Navigasi utama' }));
    await waitFor(() => expect(nav.getByRole('link', { name: 'Kunjungan' }).getAttribute('aria-current')).toBe('page'));
  });
});
