// Mocked API answers for the visit specs (shapes of the contract in /work/notes/visits-contract.md;
// __typename so the cache normalises them like server data).
import type { MockLink } from '@apollo/client/testing';
import {
  MyVisitsDocument,
  PublicVisitsDocument,
  type VisitAction,
  VisitAvailabilityDocument,
  type VisitCardFieldsFragment,
  type VisitDetailFieldsFragment,
  VisitInboxDocument,
  VisitPageDocument,
  VisitRequestCitiesDocument,
} from '../gql/features/graphql';

export const SOLOK = { __typename: 'City', id: 'city-13.72', slug: 'kota-solok', name: 'Kota Solok' } as const;
export const MEDAN = { __typename: 'City', id: 'city-12.71', slug: 'kota-medan', name: 'Kota Medan' } as const;
export const MAKASSAR = { __typename: 'City', id: 'city-73.71', slug: 'kota-makassar', name: 'Kota Makassar' } as const;

export const VISIT_ID = '0b6f8a52-0000-4000-8000-00000000a001';
export const ASSET_ID = '6f1c2a3b-0000-4000-8000-000000000001';

type City = typeof SOLOK | typeof MEDAN | typeof MAKASSAR;
const ZONES: Record<string, string> = { 'kota-solok': 'Asia/Jakarta', 'kota-medan': 'Asia/Jakarta', 'kota-makassar': 'Asia/Makassar' };

export function windowOf(id: string, startsAt: string, endsAt: string, proposedBy: 'HOST' | 'VISITING' = 'VISITING') {
  return { __typename: 'VisitWindow' as const, id, startsAt, endsAt, proposedBy };
}

export function visitCard(overrides: Partial<VisitCardFieldsFragment> & { visitingCity?: City; hostCity?: City } = {}) {
  const visitingCity = overrides.visitingCity ?? SOLOK;
  const hostCity = overrides.hostCity ?? MEDAN;
  return {
    __typename: 'Visit' as const,
    id: VISIT_ID,
    state: 'REQUESTED' as const,
    isDemo: false,
    purpose: 'Mempelajari pengelolaan aset daerah dan command center.',
    hostTimeZone: ZONES[hostCity.slug] as string,
    visitingTimeZone: ZONES[visitingCity.slug] as string,
    startsAt: null,
    endsAt: null,
    windows: [windowOf('w1', '2027-03-05T02:00:00.000Z', '2027-03-05T05:00:00.000Z')],
    ...overrides,
    visitingCity,
    hostCity,
  };
}

export function fullVisit(
  overrides: Partial<VisitDetailFieldsFragment> & { visitingCity?: City; hostCity?: City } = {},
): VisitDetailFieldsFragment & { __typename: 'Visit' } {
  return {
    ...visitCard(overrides),
    topics: ['pengelolaan aset'],
    isPrivate: false,
    venue: null,
    sequence: 0,
    travelBudget: null,
    currency: 'IDR',
    createdAt: '2027-01-10T03:00:00.000Z',
    updatedAt: '2027-01-10T03:00:00.000Z',
    viewerSides: [],
    allowedActions: [],
    practices: [
      {
        __typename: 'Practice',
        id: ASSET_ID,
        city: MEDAN,
        texts: [
          { __typename: 'PracticeText', language: 'ID', title: 'Pengelolaan aset daerah Kota Medan' },
          { __typename: 'PracticeText', language: 'EN', title: 'Regional asset management in Kota Medan' },
        ],
      },
    ],
    delegation: [
      { __typename: 'VisitDelegate', id: 'd1', name: 'Reinier', title: 'Sekretaris Daerah', agency: 'Sekretariat Daerah Kota Solok', email: 'sekda@solok.go.id', isLeader: true },
      { __typename: 'VisitDelegate', id: 'd2', name: 'Nurhasanah', title: 'Kepala Bidang Aset', agency: 'BPKAD Kota Solok', email: null, isLeader: false },
    ],
    hostParticipants: [],
    agenda: [],
    timeline: [
      {
        __typename: 'VisitEvent',
        id: '1',
        at: '2027-01-10T03:00:00.000Z',
        action: 'REQUEST',
        side: 'VISITING',
        fromState: null,
        toState: 'REQUESTED',
        actorName: 'Editor Kota Solok (demo)',
        detail: null,
      },
    ],
    ...overrides,
    visitingCity: overrides.visitingCity ?? SOLOK,
    hostCity: overrides.hostCity ?? MEDAN,
  } as VisitDetailFieldsFragment & { __typename: 'Visit' };
}

export function connection(nodes: VisitCardFieldsFragment[], { hasNextPage = false, endCursor = null as string | null, totalCount = nodes.length } = {}) {
  return {
    __typename: 'VisitConnection' as const,
    totalCount,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
    nodes,
  };
}

export function inboxMock(nodes: VisitCardFieldsFragment[], after: string | null = null, page = {}): MockLink.MockedResponse {
  return {
    request: { query: VisitInboxDocument, variables: after ? { first: 20, after } : { first: 20 } },
    result: { data: { visitInbox: connection(nodes, page) } },
  };
}

export function myVisitsMock(nodes: VisitCardFieldsFragment[], after: string | null = null, page = {}): MockLink.MockedResponse {
  return {
    request: { query: MyVisitsDocument, variables: after ? { first: 20, after } : { first: 20 } },
    result: { data: { myVisits: connection(nodes, page) } },
  };
}

export function publicVisitsMock(nodes: VisitCardFieldsFragment[], after: string | null = null, page = {}): MockLink.MockedResponse {
  return {
    request: { query: PublicVisitsDocument, variables: after ? { first: 20, after } : { first: 20 } },
    result: { data: { publicVisits: connection(nodes, page) } },
  };
}

export function visitMock(visit: VisitDetailFieldsFragment | null, id = VISIT_ID): MockLink.MockedResponse {
  return { request: { query: VisitPageDocument, variables: { id } }, result: { data: { visit } } };
}

const tz = (iana: string, label: 'WIB' | 'WITA' | 'WIT') => ({ __typename: 'TimeZone' as const, iana, label });

export function requestCitiesMock(host: City | null, visiting: City = SOLOK): MockLink.MockedResponse {
  const cityWithZone = (city: City) => ({ ...city, timeZone: ZONES[city.slug] === 'Asia/Makassar' ? tz('Asia/Makassar', 'WITA') : tz('Asia/Jakarta', 'WIB') });
  return {
    request: { query: VisitRequestCitiesDocument, variables: { host: host?.slug ?? '', visiting: visiting.slug, skipHost: !host } },
    result: {
      data: {
        visiting: cityWithZone(visiting),
        ...(host
          ? {
              host: cityWithZone(host),
              hostPractices: {
                __typename: 'PracticeConnection',
                nodes: [
                  {
                    __typename: 'Practice',
                    id: ASSET_ID,
                    texts: [{ __typename: 'PracticeText', language: 'ID', title: 'Pengelolaan aset daerah Kota Medan' }],
                  },
                  {
                    __typename: 'Practice',
                    id: 'practice-command-center',
                    texts: [{ __typename: 'PracticeText', language: 'ID', title: 'Data Center dan Command Center Kota Medan' }],
                  },
                ],
              },
            }
          : {}),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Kota Medan's availability: weekdays 08:00–16:00, capacity 1, one slot already taken. */
export function availabilityMock(citySlug = 'kota-medan'): MockLink.MockedResponse {
  return {
    request: { query: VisitAvailabilityDocument, variables: (variables: Record<string, unknown>) => variables.citySlug === citySlug },
    result: {
      data: {
        visitAvailability: {
          __typename: 'VisitAvailability',
          citySlug,
          timeZone: 'Asia/Jakarta',
          capacity: 1,
          isDefault: false,
          rules: [1, 2, 3, 4, 5].map((weekday) => ({ __typename: 'AvailabilityRule', weekday, startTime: '08:00', endTime: '16:00' })),
          exceptions: [{ __typename: 'AvailabilityException', date: '2027-03-08', available: false, startTime: null, endTime: null, note: 'Libur' }],
          busy: [{ __typename: 'BusySlot', startsAt: '2027-03-04T02:00:00.000Z', endsAt: '2027-03-04T09:00:00.000Z' }],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const HOST_ACTIONS: VisitAction[] = ['CONFIRM', 'PROPOSE', 'DECLINE'];
