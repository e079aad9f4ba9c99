import { screen, within } from '@testing-library/react';
import { CITY_PAGE_SIZE } from '../cities/public';
import { citiesMock, citiesResult, cityMock, KOTA_MEDAN_ROW, KOTA_SOLOK, provincesMock } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import {
  ASSET_CARD,
  adoption,
  card,
  cityAdoptionsMock,
  practiceListMock,
  SOLOK,
  SURABAYA,
  WASTE_CARD,
} from './practice-fixtures';

beforeEach(() => localStorage.clear());

const SOLOK_PRACTICE = card('p-solok', SOLOK, { ID: 'Pasar rakyat digital Kota Solok' }, { topic: 'economy', isDemo: false });
const section = (name: string) => within(screen.getByRole('heading', { name }).closest('section') as HTMLElement);

describe('practices on other pages', () => {
  it('the home page shows the newest published practices and links to the library', async () => {
    renderApp({
      path: '/',
      mocks: [
        provincesMock,
        citiesMock({ filter: {}, first: CITY_PAGE_SIZE }, citiesResult([KOTA_MEDAN_ROW])),
        practiceListMock({ first: 5 }, [ASSET_CARD, WASTE_CARD]),
      ],
    });

    await screen.findByRole('heading', { name: 'Praktik baik terbaru' });
    const newest = section('Praktik baik terbaru');
    expect(await newest.findByRole('link', { name: 'Pengelolaan aset daerah Kota Medan' })).toBeTruthy();
    expect(newest.getByText('Kota Surabaya · Pengelolaan sampah · 2010')).toBeTruthy();
    expect(newest.getAllByText('Demo')).toHaveLength(1);
    expect(newest.getByRole('link', { name: 'Buka pustaka praktik' }).getAttribute('href')).toBe('/praktik');
  });

  it('the home page says when nothing is published yet (English)', async () => {
    renderApp({
      path: '/',
      language: 'en',
      mocks: [provincesMock, citiesMock({ filter: {}, first: CITY_PAGE_SIZE }, citiesResult([KOTA_MEDAN_ROW])), practiceListMock({ first: 5 }, [])],
    });
    await screen.findByRole('heading', { name: 'Newest best practices' });
    expect(await screen.findByText('No practice has been published yet.')).toBeTruthy();
  });

  it('a city profile lists its practices and its adoptions both ways', async () => {
    renderApp({
      path: '/kota/kota-solok',
      mocks: [
        cityMock('kota-solok', KOTA_SOLOK),
        practiceListMock({ filter: { citySlug: 'kota-solok' }, first: 50 }, [SOLOK_PRACTICE]),
        cityAdoptionsMock(
          'kota-solok',
          [{ ...adoption('a1', SOLOK, 'IN_PROGRESS', '2018-10-05'), practice: ASSET_CARD }],
          [{ ...adoption('a2', SURABAYA, 'PLANNED'), practice: SOLOK_PRACTICE }],
        ),
      ],
    });

    await screen.findByRole('heading', { level: 2, name: 'Praktik baik' });
    const practices = section('Praktik baik');
    expect(await practices.findByRole('link', { name: 'Pasar rakyat digital Kota Solok' })).toBeTruthy();
    const adopted = within(await screen.findByRole('region', { name: 'Praktik yang diadopsi kota ini' }));
    expect(adopted.getByRole('link', { name: 'Pengelolaan aset daerah Kota Medan' }).getAttribute('href')).toBe(
      `/praktik/${ASSET_CARD.id}`,
    );
    expect(adopted.getByText('dari Kota Medan · Sedang berjalan · sejak 5 Okt 2018')).toBeTruthy();
    const fromHere = within(screen.getByRole('region', { name: 'Praktik kota ini yang diadopsi kota lain' }));
    expect(fromHere.getByRole('link', { name: 'Pasar rakyat digital Kota Solok' })).toBeTruthy();
    expect(fromHere.getByText('oleh Kota Surabaya · Direncanakan')).toBeTruthy();
  });

  it('a city profile without practices or adoptions says so (English)', async () => {
    renderApp({
      path: '/kota/kota-solok',
      language: 'en',
      mocks: [
        cityMock('kota-solok', KOTA_SOLOK),
        practiceListMock({ filter: { citySlug: 'kota-solok' }, first: 50 }, []),
        cityAdoptionsMock('kota-solok', [], []),
      ],
    });
    expect(await screen.findByText('This city has not published any practice yet.')).toBeTruthy();
    expect(await screen.findByText('No adoption recorded yet.')).toBeTruthy();
    expect(screen.getByText('No other city has recorded an adoption yet.')).toBeTruthy();
  });
});
