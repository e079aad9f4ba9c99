// Spec data for web-b's visit pages (calendar, report, availability, city section); shapes follow the contract.
import type { MockLink } from '@apollo/client/testing';
import { VisitCalendarCityDocument, VisitCalendarDocument, type VisitState } from '../gql/features/graphql';

export const MEDAN = { __typename: 'City' as const, id: 'city-12.71', slug: 'kota-medan', name: 'Kota Medan' };
export const SOLOK = { __typename: 'City' as const, id: 'city-13.72', slug: 'kota-solok', name: 'Kota Solok' };
export const SURABAYA = { __typename: 'City' as const, id: 'city-35.78', slug: 'kota-surabaya', name: 'Kota Surabaya' };
export const JAYAPURA = { __typename: 'City' as const, id: 'city-94.71', slug: 'kota-jayapura', name: 'Kota Jayapura' };

export function calendarVisit(
  id: string,
  visiting: typeof MEDAN,
  host: typeof MEDAN,
  state: VisitState,
  startsAt: string | null,
  endsAt: string | null,
  overrides: Record<string, unknown> = {},
) {
  return {
    __typename: 'Visit' as const,
    id,
    state,
    isDemo: true,
    isPrivate: false,
    purpose: `Belajar ${id}`,
    startsAt,
    endsAt,
    hostTimeZone: 'Asia/Jakarta',
    hostCity: host,
    visitingCity: visiting,
    ...overrides,
  };
}

/** The seed visit: Kota Solok to Kota Medan, Friday 5 October 2018, 09:00–12:00 WIB. */
export const SEED_VISIT = calendarVisit('visit-seed', SOLOK, MEDAN, 'COMPLETED', '2018-10-05T02:00:00.000Z', '2018-10-05T05:00:00.000Z', {
  purpose: 'Mempelajari pengelolaan aset daerah dan aplikasi Medan Rumah Kita.',
});

export function calendarCityMock(slug: string, city: typeof MEDAN | null, zone = { iana: 'Asia/Jakarta', label: 'WIB' }): MockLink.MockedResponse {
  return {
    request: { query: VisitCalendarCityDocument, variables: { slug } },
    result: { data: { city: city && { ...city, timeZone: { __typename: 'TimeZone', ...zone } } } },
    maxUsageCount: 5,
  } as MockLink.MockedResponse;
}

export function calendarMock(citySlug: string, from: string, to: string, nodes: ReturnType<typeof calendarVisit>[], { totalCount = nodes.length, hasNextPage = false } = {}): MockLink.MockedResponse {
  return {
    request: { query: VisitCalendarDocument, variables: { citySlug, from, to, first: 100 } },
    result: {
      data: {
        cityVisits: { __typename: 'VisitConnection', nodes, pageInfo: { __typename: 'PageInfo', hasNextPage }, totalCount },
      },
    },
    maxUsageCount: 5,
  } as MockLink.MockedResponse;
}

export const ASSET_PRACTICE = {
  __typename: 'Practice' as const,
  id: 'practice-asset',
  texts: [
    { __typename: 'PracticeText' as const, language: 'ID', title: 'Pengelolaan aset daerah Kota Medan' },
    { __typename: 'PracticeText' as const, language: 'EN', title: 'Regional asset management in Kota Medan' },
  ],
};
export const APP_PRACTICE = {
  __typename: 'Practice' as const,
  id: 'practice-app',
  texts: [{ __typename: 'PracticeText' as const, language: 'ID', title: 'Aplikasi Medan Rumah Kita' }],
};

/** The seed visit as the report page reads it; `report: null` until filed. */
export function reportVisit(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Visit' as const,
    id: 'visit-seed',
    state: 'COMPLETED' as VisitState,
    isDemo: true,
    purpose: 'Mempelajari pengelolaan aset daerah dan aplikasi Medan Rumah Kita.',
    startsAt: '2018-10-05T02:00:00.000Z',
    endsAt: '2018-10-05T05:00:00.000Z',
    hostTimeZone: 'Asia/Jakarta',
    travelBudget: 45_000_000,
    currency: 'IDR',
    viewerSides: [],
    hostCity: MEDAN,
    visitingCity: SOLOK,
    practices: [ASSET_PRACTICE, APP_PRACTICE],
    report: null as unknown,
    adoptions: [] as unknown[],
    cost: {
      __typename: 'VisitCost' as const,
      delegationSize: 9,
      days: 1,
      travelBudget: 45_000_000,
      currency: 'IDR',
      adoptionCount: 0,
      costPerAdoption: null as number | null,
    },
    ...overrides,
  };
}

export const FILED_REPORT = {
  __typename: 'VisitReport' as const,
  summary: 'Kota Solok mempelajari inventarisasi aset dan aplikasi pengaduan warga.',
  learnings: 'Catat dulu, baru gunakan.',
  followUps: [
    { __typename: 'VisitFollowUp' as const, id: 'fu-1', action: 'Inventarisasi aset kelurahan', ownerAgency: 'BPKAD Kota Solok', dueOn: '2019-03-31', status: 'IN_PROGRESS' },
  ],
  filedAt: '2018-10-12T03:00:00.000Z',
  updatedAt: '2018-10-12T03:00:00.000Z',
  filedByName: 'Editor Kota Solok',
  isDemo: true,
  source: 'Berita Kota Solok, 6 Oktober 2018',
};

export const ASSET_ADOPTION = {
  __typename: 'Adoption' as const,
  id: 'adoption-1',
  status: 'IN_PROGRESS',
  adoptedOn: '2018-11-01',
  isDemo: true,
  practice: { __typename: 'Practice' as const, id: 'practice-asset' },
};
