import { fireEvent, screen, waitFor } from '@testing-library/react';
import { citiesMock, citiesResult, cityMock, KOTA_SOLOK, KOTA_SOLOK_ROW, provincesMock } from '../test/fixtures';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

const announcer = () => screen.getByTestId('route-announcer');
const ALL = { filter: {}, first: 50 };

describe('focus and announcement after a navigation', () => {
  it('leaves focus alone on the first page load', async () => {
    renderApp({ path: '/kota', mocks: [provincesMock, citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW]))] });
    await screen.findByRole('link', { name: 'Kota Solok' });
    expect(document.activeElement).toBe(document.body);
    expect(announcer().textContent).toBe('');
  });

  it('moves focus to the new page’s h1 once its data is shown, and announces its title', async () => {
    renderApp({
      path: '/kota',
      mocks: [provincesMock, citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW])), { ...cityMock('kota-solok', KOTA_SOLOK), delay: 50 }],
    });
    fireEvent.click(await screen.findByRole('link', { name: 'Kota Solok' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Kota Solok' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(announcer().getAttribute('aria-live')).toBe('polite');
    expect(announcer().textContent).toBe('Kota Solok · CityBridge');
  });

  it('does not take focus when only the query string changes', async () => {
    const { router } = renderApp({
      path: '/kota',
      mocks: [
        provincesMock,
        citiesMock(ALL, citiesResult([KOTA_SOLOK_ROW])),
        citiesMock({ ...ALL, filter: { kind: 'KOTA' } }, citiesResult([KOTA_SOLOK_ROW])),
      ],
    });
    await screen.findByRole('link', { name: 'Kota Solok' });
    const kind = screen.getByLabelText('Jenis');
    kind.focus();
    fireEvent.change(kind, { target: { value: 'KOTA' } });
    expect(router.state.location.search).toBe('?jenis=KOTA');
    await screen.findByRole('link', { name: 'Kota Solok' });
    expect(document.activeElement).toBe(kind);
  });
});
