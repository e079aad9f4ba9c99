import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { CityVisitsSectionDocument, type VisitSide } from '../gql/features/graphql';
import { cityMock, KOTA_SOLOK } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { calendarVisit, SEED_VISIT, SOLOK, SURABAYA } from './visit-pages-fixtures';

beforeEach(() => localStorage.clear());

function sideMock(side: VisitSide, nodes: ReturnType<typeof calendarVisit>[], totalCount = nodes.length): MockLink.MockedResponse {
  return {
    request: { query: CityVisitsSectionDocument, variables: { citySlug: 'kota-solok', side, states: ['CONFIRMED', 'COMPLETED'], first: 5 } },
    result: { data: { cityVisits: { __typename: 'VisitConnection', nodes, totalCount } } },
  };
}

const HOSTED = calendarVisit('visit-hosted', SURABAYA, SOLOK, 'CONFIRMED', '2026-12-10T02:00:00.000Z', '2026-12-10T06:00:00.000Z', { isPrivate: true, isDemo: false });

function section(name: string) {
  return within(screen.getByRole('heading', { name }).closest('section') as HTMLElement);
}

describe('city profile: visits', () => {
  it('lists the visits the city hosted and made, in both languages', async () => {
    for (const [language, hosted, made, from, to, state, calendar] of [
      ['id', 'Kunjungan yang diterima', 'Kunjungan yang dilakukan', 'dari Kota Surabaya', 'ke Kota Medan', 'Selesai', 'Kalender kunjungan Kota Solok'],
      ['en', 'Visits hosted', 'Visits made', 'from Kota Surabaya', 'to Kota Medan', 'Completed', 'Visit calendar of Kota Solok'],
    ] as const) {
      const view = renderApp({
        path: '/kota/kota-solok',
        language,
        mocks: [cityMock('kota-solok', KOTA_SOLOK), sideMock('HOST', [HOSTED]), sideMock('VISITING', [SEED_VISIT], 7)],
      });
      await screen.findByRole('heading', { level: 2, name: language === 'id' ? 'Kunjungan' : 'Visits' });
      const host = section(hosted);
      expect(await host.findByText(from)).toBeTruthy();
      expect(host.getByRole('link', { name: language === 'id' ? '10 Des 2026' : '10 Dec 2026' }).getAttribute('href')).toBe('/kunjungan/visit-hosted');
      expect(host.getByText(language === 'id' ? 'Tertutup' : 'Private')).toBeTruthy();
      const visiting = section(made);
      expect(await visiting.findByText(to)).toBeTruthy();
      expect(visiting.getByText(state)).toBeTruthy();
      expect(visiting.getByRole('link', { name: language === 'id' ? '5 Okt 2018' : '5 Oct 2018' }).getAttribute('href')).toBe('/kunjungan/visit-seed');
      expect(visiting.getByText(language === 'id' ? '6 kunjungan lagi ada di kalender.' : '6 more visits are in the calendar.')).toBeTruthy();
      expect(screen.getByRole('link', { name: calendar }).getAttribute('href')).toBe('/kunjungan/kalender?kota=kota-solok&tampilan=bulan');
      view.unmount();
    }
  });

  it('says when there are none', async () => {
    renderApp({ path: '/kota/kota-solok', mocks: [cityMock('kota-solok', KOTA_SOLOK), sideMock('HOST', []), sideMock('VISITING', [])] });
    expect(await screen.findByText('Belum ada kunjungan terkonfirmasi yang diterima.')).toBeTruthy();
    expect(await screen.findByText('Belum ada kunjungan terkonfirmasi yang dilakukan.')).toBeTruthy();
  });
});

