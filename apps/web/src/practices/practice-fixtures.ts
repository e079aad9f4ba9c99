// Mocked API answers for the practice specs (shapes of the contract in /graphql; __typename so
// the cache normalises them like server data).
import type { MockLink } from '@apollo/client/testing';
import {
  CityAdoptionsDocument,
  PracticeAdoptionsDocument,
  type PracticeCardFieldsFragment,
  PracticeListDocument,
  PracticePageDocument,
  type PracticePageQuery,
  PracticeSearchDocument,
  type PracticeSearchQueryVariables,
} from '../gql/features/graphql';

export const MEDAN = { __typename: 'City', id: 'city-12.71', slug: 'kota-medan', name: 'Kota Medan' } as const;
export const SOLOK = { __typename: 'City', id: 'city-13.72', slug: 'kota-solok', name: 'Kota Solok' } as const;
export const SURABAYA = { __typename: 'City', id: 'city-35.78', slug: 'kota-surabaya', name: 'Kota Surabaya' } as const;

export const ASSET_ID = '6f1c2a3b-0000-4000-8000-000000000001';
export const APP_ID = '6f1c2a3b-0000-4000-8000-000000000002';
export const WASTE_ID = '6f1c2a3b-0000-4000-8000-000000000003';

type City = typeof MEDAN | typeof SOLOK | typeof SURABAYA;

export function card(
  id: string,
  city: City,
  titles: { ID?: string; EN?: string },
  overrides: Partial<PracticeCardFieldsFragment> = {},
): PracticeCardFieldsFragment & { __typename: 'Practice' } {
  return {
    __typename: 'Practice',
    id,
    isDemo: true,
    state: 'PUBLISHED',
    topic: 'finance_assets',
    startYear: 2016,
    publishedAt: '2026-01-10T03:00:00.000Z',
    city,
    texts: Object.entries(titles).map(([language, title]) => ({
      __typename: 'PracticeText' as const,
      language: language as 'ID' | 'EN',
      title: title as string,
    })),
    ...overrides,
  };
}

export const ASSET_CARD = card(ASSET_ID, MEDAN, {
  ID: 'Pengelolaan aset daerah Kota Medan',
  EN: 'Regional asset management in Kota Medan',
});
export const APP_CARD = card(APP_ID, MEDAN, { ID: 'Aplikasi Medan Rumah Kita' }, { topic: 'public_services', startYear: 2017 });
export const WASTE_CARD = card(WASTE_ID, SURABAYA, { ID: 'Bank sampah kampung' }, { topic: 'waste', isDemo: false, startYear: 2010 });

const facet = (value: string, label: string, count: number) => ({ __typename: 'FacetCount' as const, value, label, count });

export const FACETS = {
  __typename: 'PracticeFacets',
  topics: [facet('finance_assets', 'Keuangan dan aset daerah', 1), facet('public_services', 'Pelayanan publik', 1)],
  dimensions: [facet('governance', 'governance', 2)],
  sdgs: [facet('11', '11', 2)],
  provinces: [facet('12', 'Sumatera Utara', 2)],
  cities: [facet('kota-medan', 'Kota Medan', 2)],
  years: [facet('2016', '2016', 1), facet('2017', '2017', 1)],
  languages: [facet('id', 'id', 2), facet('en', 'en', 1)],
} as const;

export const NO_FACETS = {
  __typename: 'PracticeFacets',
  topics: [],
  dimensions: [],
  sdgs: [],
  provinces: [],
  cities: [],
  years: [],
  languages: [],
} as const;

export function hit(practice: ReturnType<typeof card>, titleHtml: string, snippetHtml: string, language = 'id') {
  return { __typename: 'PracticeSearchHit', language, titleHtml, snippetHtml, practice };
}

export function searchMock(
  variables: Partial<PracticeSearchQueryVariables>,
  nodes: ReturnType<typeof hit>[],
  {
    totalCount = nodes.length,
    hasNextPage = false,
    endCursor = null as string | null,
    facets = FACETS as typeof FACETS | typeof NO_FACETS,
  } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: PracticeSearchDocument,
      variables: { query: null, filter: {}, sort: 'NEWEST', first: 20, ...variables },
    },
    result: {
      data: {
        searchPractices: {
          __typename: 'PracticeSearchConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          nodes,
          facets,
        },
      },
    },
  };
}

const html = (text: string) => `<p>${text}</p>`;

type FullPractice = NonNullable<PracticePageQuery['practice']>;

export function fullPractice(overrides: Partial<FullPractice> = {}): FullPractice & { __typename: 'Practice' } {
  return {
    ...ASSET_CARD,
    agency: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    dimensions: ['governance'],
    sdgs: [11, 16],
    endYear: null,
    contact: 'BPKAD Kota Medan, Jl. Kapten Maulana Lubis No. 2',
    allowedActions: [],
    cost: { __typename: 'PracticeCost', amount: 1250000000, currency: 'IDR', year: 2019 },
    links: [
      {
        __typename: 'PracticeLink',
        label: 'Beritasumut.com (2018): Kota Solok pelajari pengelolaan aset dan program smart city ke Kota Medan',
        url: 'https://beritasumut.com',
      },
    ],
    texts: [
      {
        __typename: 'PracticeText',
        language: 'ID',
        title: 'Pengelolaan aset daerah Kota Medan',
        summaryHtml: html('<em>Teks demo.</em> Pengelolaan aset daerah Kota Medan dinilai baik.'),
        problemHtml: html('Aset daerah tidak tercatat lengkap.'),
        approachHtml: '<ul><li>Inventarisasi barang milik daerah</li><li>Pencatatan dalam satu sistem</li></ul>',
        resultsHtml: html('Kota Solok datang untuk belajar.'),
        lessonsHtml: '',
      },
      {
        __typename: 'PracticeText',
        language: 'EN',
        title: 'Regional asset management in Kota Medan',
        summaryHtml: html('<em>Demo text.</em> Medan manages its regional assets well.'),
        problemHtml: html('Regional assets were not fully recorded.'),
        approachHtml: html('An inventory of regional property.'),
        resultsHtml: html('Kota Solok came to learn.'),
        lessonsHtml: html('Record first, then use.'),
      },
    ],
    ...overrides,
  } as FullPractice & { __typename: 'Practice' };
}

export function practiceMock(id: string, practice: FullPractice | null): MockLink.MockedResponse {
  return { request: { query: PracticePageDocument, variables: { id } }, result: { data: { practice } } };
}

export function adoption(id: string, city: City, status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'DROPPED', adoptedOn: string | null = null, notes: string | null = null) {
  return { __typename: 'Adoption' as const, id, status, adoptedOn, notes, isDemo: false, city };
}

type AdoptionRow = ReturnType<typeof adoption>;

export function adoptionsMock(
  id: string,
  { adoptions = [], similar = [], count }: { adoptions?: AdoptionRow[]; similar?: ReturnType<typeof card>[]; count?: number } = {},
  maxUsageCount = 1,
): MockLink.MockedResponse {
  return {
    request: { query: PracticeAdoptionsDocument, variables: { id } },
    result: { data: { practice: { __typename: 'Practice', id, adoptionCount: count ?? adoptions.length, adoptions, similar } } },
    maxUsageCount,
  };
}

export function practiceListMock(
  variables: { filter?: { citySlug: string }; first: number },
  nodes: ReturnType<typeof card>[],
): MockLink.MockedResponse {
  return {
    request: { query: PracticeListDocument, variables },
    result: {
      data: {
        practices: { __typename: 'PracticeConnection', totalCount: nodes.length, nodes },
      },
    },
  };
}

export function cityAdoptionsMock(
  citySlug: string,
  adopted: (ReturnType<typeof adoption> & { practice: ReturnType<typeof card> })[],
  adoptedFromHere: (ReturnType<typeof adoption> & { practice: ReturnType<typeof card> })[],
): MockLink.MockedResponse {
  return {
    request: { query: CityAdoptionsDocument, variables: { citySlug } },
    result: { data: { cityAdoptions: { __typename: 'CityAdoptions', adopted, adoptedFromHere } } },
  };
}
