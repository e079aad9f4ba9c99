import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdoptionImpactDocument, MetricIndicatorsDocument, PracticeRelatedIndicatorsDocument, SetPracticeIndicatorsDocument } from '../gql/features/graphql';
import { renderApp } from '../test/render-app';
import { ASSET_ID, adoption, adoptionsMock, fullPractice, practiceMock, SOLOK } from './practice-fixtures';

// The impact panel (metrics) on the practice page: Kota Solok adopted Medan's asset management in 2018.
beforeEach(() => localStorage.clear());

const PATH = `/praktik/${ASSET_ID}`;
const ADOPTION_ID = 'adoption-solok';

const indicator = (code: string, name: string, category: string, direction = 'HIGHER_BETTER') => ({
  __typename: 'Indicator' as const,
  id: `indicator-${code}`,
  code,
  name,
  unit: 'count',
  direction,
  category,
  standard: 'CUSTOM',
  standardRef: null,
  normalisable: true,
});
const ASSETS = { id: indicator('assets_registered', 'Aset daerah terdaftar', 'GOVERNANCE'), en: indicator('assets_registered', 'Municipal assets registered', 'GOVERNANCE') };
const SPBE = { id: indicator('spbe_index', 'Indeks SPBE', 'GOVERNANCE'), en: indicator('spbe_index', 'E-government (SPBE) index', 'GOVERNANCE') };
const WASTE = { id: indicator('waste_collection_share', 'Rumah tangga terlayani pengangkutan sampah', 'ENVIRONMENT'), en: indicator('waste_collection_share', 'Households with regular waste collection', 'ENVIRONMENT') };

function relatedMock(related: ReturnType<typeof indicator>[]): MockLink.MockedResponse {
  return {
    request: { query: PracticeRelatedIndicatorsDocument, variables: { id: ASSET_ID } },
    result: { data: { practice: { __typename: 'Practice', id: ASSET_ID, relatedIndicators: related } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const side = (before: number | null, after: number | null) => ({ __typename: 'ImpactSide' as const, before, after, change: before !== null && after !== null ? after - before : null });
const DEMO_SOURCE = { __typename: 'MetricSource' as const, organisation: 'CityBridge', title: 'Data contoh (demo), bukan data sebenarnya', url: null };

/** The adoption's windows: 2018, the three years before and after, at least 3 peers. */
const WINDOWS = { __typename: 'AdoptionImpact' as const, adoptionYear: 2018, beforeFrom: 2015, beforeTo: 2017, afterFrom: 2019, afterTo: 2021, minPeers: 3 };

function impactMock(language: 'id' | 'en'): MockLink.MockedResponse {
  const city = [8000, 9000, 10000, 10500, 11000, 12000, 13000];
  const peers = [7500, 8500, 9500, 10000, 9500, 10500, 11500];
  // Per 100,000 people: the reported count over the year's population; 2016 has no population.
  const years = city.map((value, i) => {
    const population = i === 1 ? null : 44_000 + 500 * i;
    return {
      __typename: 'ImpactYear' as const,
      year: 2015 + i,
      cityValue: population === null ? null : value,
      cityRawValue: population === null ? 4_000 : Math.round((value * population) / 100_000),
      cityQuality: 'DEMO' as const,
      cityIsDemo: true,
      citySource: DEMO_SOURCE,
      cityPopulation: population,
      cityPopulationQuality: population === null ? null : ('DEMO' as const),
      cityPopulationSource: population === null ? null : DEMO_SOURCE,
      peersMedian: peers[i],
      peersCount: 3,
    };
  });
  const caveat = (code: string, text: string) => ({ __typename: 'ImpactCaveat' as const, code, message: text });
  return {
    request: { query: AdoptionImpactDocument, variables: { adoptionId: ADOPTION_ID } },
    result: {
      data: {
        adoptionImpact: {
          ...WINDOWS,
          gap: null,
          gapMessage: null,
          caveats:
            language === 'id'
              ? [caveat('CORRELATION', 'Angka ini menunjukkan apa yang berubah bersamaan, bukan apa penyebabnya.'), caveat('DEMO_DATA', 'Sebagian angka adalah data demo.')]
              : [caveat('CORRELATION', 'These numbers show what changed at the same time, not what caused it.'), caveat('DEMO_DATA', 'Some of these numbers are demo data.')],
          indicators: [
            {
              __typename: 'IndicatorImpact',
              indicator: ASSETS[language],
              basis: 'PER_100K',
              gap: null,
              gapMessage: null,
              differenceOfDifferences: 1000,
              favourable: true,
              isDemo: true,
              city: side(9000, 12000),
              peers: side(8500, 10500),
              years,
              peerCities: ['Kota Padang', 'Kota Bukittinggi', 'Kota Payakumbuh'].map((name, i) => ({
                __typename: 'ImpactPeer',
                cityCode: `13.7${i + 3}`,
                cityName: name,
                population: 100000 + i,
                before: 8000 + i * 500,
                after: 10000 + i * 500,
                quality: 'DEMO',
                isDemo: true,
              })),
              sources: [{ __typename: 'ImpactSource', source: DEMO_SOURCE, quality: 'DEMO', isDemo: true, valueCount: 24 }],
            },
            {
              __typename: 'IndicatorImpact',
              indicator: SPBE[language],
              basis: 'RAW',
              gap: 'NO_VALUES_BEFORE',
              gapMessage: language === 'id' ? 'Kota ini belum punya nilai untuk tahun-tahun sebelum adopsi.' : 'The city has no values for the years before the adoption yet.',
              differenceOfDifferences: null,
              favourable: null,
              isDemo: false,
              city: side(null, null),
              peers: side(null, null),
              years: [],
              peerCities: [],
              sources: [],
            },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A dropped adoption: the API answers the reason and no numbers. */
function notAdoptedMock(adoptionId: string): MockLink.MockedResponse {
  const reason = 'Adopsi ini dibatalkan: praktiknya tidak dijalankan, jadi tidak ada yang bisa diukur sebelum dan sesudahnya.';
  const none = side(null, null);
  return {
    request: { query: AdoptionImpactDocument, variables: { adoptionId } },
    result: {
      data: {
        adoptionImpact: {
          ...WINDOWS,
          gap: 'NOT_ADOPTED',
          gapMessage: reason,
          caveats: [],
          indicators: [ASSETS.id].map((i) => ({
            __typename: 'IndicatorImpact',
            indicator: i,
            basis: 'PER_100K',
            gap: 'NOT_ADOPTED',
            gapMessage: reason,
            differenceOfDifferences: null,
            favourable: null,
            isDemo: false,
            city: none,
            peers: none,
            years: [],
            peerCities: [],
            sources: [],
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const pageMocks = (language: 'id' | 'en', allowedActions: string[] = [], related = [ASSETS[language], SPBE[language]]) => [
  practiceMock(ASSET_ID, fullPractice({ allowedActions: allowedActions as never })),
  adoptionsMock(ASSET_ID, { adoptions: [adoption(ADOPTION_ID, SOLOK, 'IN_PROGRESS', '2018-10-05'), adoption('adoption-planned', SOLOK, 'PLANNED')] }),
  relatedMock(related),
  impactMock(language),
];

describe('the impact panel on a practice page', () => {
  it("puts the adopting city's values beside its peers' median, with the difference, the sources, the caveats and an empty state", async () => {
    renderApp({ path: PATH, language: 'id', mocks: pageMocks('id') });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Dampak pada indikator terkait' })).closest('section') as HTMLElement;
    expect(within(section).getByRole('link', { name: 'Aset daerah terdaftar' }).getAttribute('href')).toBe('/metrik/indikator/assets_registered');
    // One panel: the adoption without a date has none.
    expect(await within(section).findByRole('heading', { level: 3, name: 'Kota Solok, diadopsi 2018' })).toBeTruthy();
    expect(within(section).queryAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(within(section).getByText('Sebelum: 2015–2017 · sesudah: 2019–2021 (tahun adopsi 2018 tidak dihitung)')).toBeTruthy();

    // A count: compared per 100,000 people, said in the heading, a note and the captions.
    expect(within(section).getByRole('heading', { level: 4, name: 'Aset daerah terdaftar (per 100.000 penduduk)' })).toBeTruthy();
    expect(within(section).getByText(/^Jumlah dibandingkan per 100\.000 penduduk: setiap nilai tahunan dibagi jumlah penduduk/)).toBeTruthy();
    expect(within(section).getByRole('heading', { level: 4, name: 'Indeks SPBE (nilai apa adanya)' })).toBeTruthy();
    const summary = within(section).getByRole('table', { name: 'Aset daerah terdaftar: rata-rata sebelum dan sesudah adopsi, per 100.000 penduduk' });
    const [cityRow, peersRow] = within(summary).getAllByRole('row').slice(1);
    expect([...cityRow.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual(['Kota Solok', '9.000', '12.000', '+3.000']);
    expect([...peersRow.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual(['Median 3 kota pembanding', '8.500', '10.500', '+2.000']);
    expect(
      within(section).getByText('Selisih perubahan (perubahan kota dikurangi perubahan pembanding): +1.000 per 100.000 penduduk (ke arah yang lebih baik daripada pembanding)'),
    ).toBeTruthy();

    // The chart is hidden from screen readers and points at the yearly table, which says the same.
    const chart = await within(section).findByTestId('metric-chart');
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const years = within(section).getByRole('table', { name: 'Aset daerah terdaftar per tahun, per 100.000 penduduk: Kota Solok dan median pembanding' });
    expect(years.id).toBe(chart.getAttribute('data-table'));
    expect(within(years).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Tahun',
      'Nilai Kota Solok',
      'Nilai dilaporkan',
      'Jumlah penduduk',
      'Kualitas',
      'Sumber',
      'Median pembanding',
      'Jumlah pembanding',
    ]);
    const y2019 = within(years).getByRole('row', { name: /^2019/ });
    // 11.000 per 100.000 of 46.000 people: 5.060 reported.
    expect(within(y2019).getByText('11.000')).toBeTruthy();
    expect(within(y2019).getByText('5.060')).toBeTruthy();
    expect(within(y2019).getByText('46.000', { exact: false })).toBeTruthy();
    const y2016 = within(years).getByRole('row', { name: /^2016/ });
    expect(within(y2016).getByText('– (tanpa data penduduk)')).toBeTruthy();
    expect(within(y2016).getByText('4.000')).toBeTruthy();
    // The value's and the population's quality and source, both demo.
    expect(within(y2019).getAllByText('Demo')).toHaveLength(2);
    expect(within(y2019).getAllByText('CityBridge — Data contoh (demo), bukan data sebenarnya')).toHaveLength(2);
    expect(within(years).getByRole('rowheader', { name: '2018 *' })).toBeTruthy();

    expect(within(section).getByText('Kota pembanding (jumlah penduduk mirip), per 100.000 penduduk')).toBeTruthy();
    expect(within(section).getByText('Kota Padang: 8.000 → 10.000')).toBeTruthy();
    expect(within(section).getByText('24 nilai', { exact: false })).toBeTruthy();
    // The indicator without data: its empty state, no table.
    expect(within(section).getByText('Kota ini belum punya nilai untuk tahun-tahun sebelum adopsi.')).toBeTruthy();
    expect(within(section).queryByRole('table', { name: /^Indeks SPBE/ })).toBeNull();
    expect(within(section).getByText('Yang tidak dibuktikan angka ini')).toBeTruthy();
    expect(within(section).getByText('Angka ini menunjukkan apa yang berubah bersamaan, bukan apa penyebabnya.')).toBeTruthy();
    // A reader does not choose the indicators.
    expect(within(section).queryByRole('button', { name: 'Pilih indikator terkait' })).toBeNull();
  });

  it('speaks English', async () => {
    renderApp({ path: PATH, language: 'en', mocks: pageMocks('en') });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Impact on related indicators' })).closest('section') as HTMLElement;
    expect(await within(section).findByRole('heading', { level: 3, name: 'Kota Solok, adopted 2018' })).toBeTruthy();
    expect(within(section).getByRole('heading', { level: 4, name: 'Municipal assets registered (per 100,000 people)' })).toBeTruthy();
    const summary = within(section).getByRole('table', { name: 'Municipal assets registered: averages before and after the adoption, per 100,000 people' });
    expect([...within(summary).getAllByRole('row')[2].querySelectorAll('th, td')].map((c) => c.textContent)).toEqual(['Median of 3 peer cities', '8,500', '10,500', '+2,000']);
    expect(within(section).getByText('What these numbers do not prove')).toBeTruthy();
  });

  it('shows the reason instead of numbers for a dropped adoption', async () => {
    const mocks = [
      practiceMock(ASSET_ID, fullPractice()),
      adoptionsMock(ASSET_ID, { adoptions: [adoption('adoption-dropped', SOLOK, 'DROPPED', '2018-10-05')] }),
      relatedMock([ASSETS.id]),
      notAdoptedMock('adoption-dropped'),
    ];
    renderApp({ path: PATH, language: 'id', mocks });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Dampak pada indikator terkait' })).closest('section') as HTMLElement;
    expect(await within(section).findByRole('heading', { level: 3, name: 'Kota Solok (tidak dijalankan: tidak ada yang diukur)' })).toBeTruthy();
    expect(within(section).getByText('Adopsi ini dibatalkan: praktiknya tidak dijalankan, jadi tidak ada yang bisa diukur sebelum dan sesudahnya.')).toBeTruthy();
    // No numbers: no tables, no chart, no windows, no caveats.
    expect(within(section).queryAllByRole('table')).toHaveLength(0);
    expect(within(section).queryByTestId('metric-chart')).toBeNull();
    expect(within(section).queryByText(/^Sebelum: /)).toBeNull();
    expect(within(section).queryByText('Yang tidak dibuktikan angka ini')).toBeNull();
  });

  it('shows nothing to a reader when the practice has no related indicators', async () => {
    renderApp({ path: PATH, language: 'id', mocks: pageMocks('id', [], []) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Adopsi' })).toBeTruthy();
    expect(await screen.findAllByRole('link', { name: 'Kota Solok' })).toHaveLength(2);
    // Time for the section's chunk and its query to answer: still nothing.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('heading', { level: 2, name: 'Dampak pada indikator terkait' })).toBeNull();
    expect(screen.queryByText('Praktik ini belum punya indikator terkait.')).toBeNull();
  });

  it("lets the practice's editors choose related indicators by category, and shows a userError beside the list", async () => {
    const send = (codes: string[]) => ({ query: SetPracticeIndicatorsDocument, variables: { input: { practiceId: ASSET_ID, indicatorCodes: codes } } });
    const mocks = [
      ...pageMocks('id', ['PRACTICE_EDIT', 'PRACTICE_INDICATORS_EDIT'], [ASSETS.id]),
      { request: { query: MetricIndicatorsDocument }, result: { data: { indicators: [ASSETS.id, SPBE.id, WASTE.id] } }, maxUsageCount: Number.POSITIVE_INFINITY },
      {
        request: send(['assets_registered', 'waste_collection_share']),
        result: {
          data: {
            setPracticeIndicators: {
              __typename: 'SetPracticeIndicatorsPayload',
              practice: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  field: 'indicatorCodes',
                  code: 'UNKNOWN_INDICATOR',
                  message: 'Tidak ada indikator dengan kode "waste_collection_share".',
                  messages: [
                    { __typename: 'LocalizedText', language: 'id', text: 'Tidak ada indikator dengan kode "waste_collection_share".' },
                    { __typename: 'LocalizedText', language: 'en', text: 'No indicator has the code "waste_collection_share".' },
                  ],
                },
              ],
            },
          },
        },
      },
      {
        request: send(['assets_registered', 'spbe_index']),
        result: { data: { setPracticeIndicators: { __typename: 'SetPracticeIndicatorsPayload', practice: { __typename: 'Practice', id: ASSET_ID, relatedIndicators: [ASSETS.id, SPBE.id] }, userErrors: [] } } },
      },
    ];
    renderApp({ path: PATH, language: 'id', mocks });
    fireEvent.click(await screen.findByRole('button', { name: 'Pilih indikator terkait' }));
    const form = (await screen.findByRole('heading', { level: 3, name: 'Indikator terkait' })).closest('form') as HTMLElement;
    // The category of the chosen ones first: governance.
    expect((within(form).getByRole('checkbox', { name: 'Aset daerah terdaftar' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(form).getByLabelText('Kategori'), { target: { value: 'ENVIRONMENT' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Rumah tangga terlayani pengangkutan sampah' }));
    expect(within(form).getByText('Dipilih (2 dari 8)')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan indikator' }));
    expect(await within(form).findByText('Tidak ada indikator dengan kode "waste_collection_share".')).toBeTruthy();

    fireEvent.click(within(form).getByRole('button', { name: 'Hapus Rumah tangga terlayani pengangkutan sampah' }));
    fireEvent.change(within(form).getByLabelText('Kategori'), { target: { value: 'GOVERNANCE' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Indeks SPBE' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan indikator' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Indikator terkait' })).toBeNull());
    const section = screen.getByRole('heading', { level: 2, name: 'Dampak pada indikator terkait' }).closest('section') as HTMLElement;
    expect(within(section).getByRole('link', { name: 'Indeks SPBE' })).toBeTruthy();
  });
});
