// The practice library's writing side (src/practices/writing): viewers and practices for its specs.
import type { MockLink } from '@apollo/client/testing';
import type { Viewer } from '../app/viewer';
import { EditorPracticeDocument, EditorPracticeTopicsDocument, PracticeMenuCountsDocument } from '../gql/features/graphql';
import { MEDAN_CITY, SOLOK_CITY, viewer } from './account-fixtures';

const WRITER_ACTIONS = ['PRACTICE_CREATE', 'PRACTICE_EDIT', 'PRACTICE_SUBMIT', 'PRACTICE_VIEW_DRAFT'] as const;
const ADMIN_ACTIONS = [...WRITER_ACTIONS, 'PRACTICE_PUBLISH', 'PRACTICE_RETURN', 'PRACTICE_ARCHIVE', 'CITY_MEMBERS_VIEW'] as const;

function writerMembership(city: typeof MEDAN_CITY | typeof SOLOK_CITY, role: 'EDITOR' | 'ADMIN' | 'MEMBER') {
  return {
    __typename: 'CityMembership',
    id: `membership-${city.slug}-${role}`,
    role,
    createdAt: '2026-01-10T03:00:00.000Z',
    allowedActions: role === 'ADMIN' ? [...ADMIN_ACTIONS] : role === 'EDITOR' ? [...WRITER_ACTIONS] : [],
    city,
  } as Viewer['memberships'][number];
}

/** Kota Medan's editor, also a plain member of Kota Solok (where they may not write). */
export const MEDAN_EDITOR = viewer({
  id: 'user-medan-editor',
  email: 'editor.medan@citybridge.demo',
  displayName: 'Editor Medan',
  memberships: [writerMembership(MEDAN_CITY, 'EDITOR'), writerMembership(SOLOK_CITY, 'MEMBER')],
});

/** Kota Medan's admin. */
export const MEDAN_ADMIN = viewer({
  id: 'user-medan-admin',
  email: 'admin.medan@citybridge.demo',
  displayName: 'Admin Medan',
  memberships: [writerMembership(MEDAN_CITY, 'ADMIN')],
});

/** Writes for two cities: the city chooser lists both. */
export const TWO_CITY_EDITOR = viewer({
  id: 'user-two',
  displayName: 'Editor Dua Kota',
  memberships: [writerMembership(MEDAN_CITY, 'EDITOR'), writerMembership(SOLOK_CITY, 'ADMIN')],
});

export const TOPICS_MOCK: MockLink.MockedResponse = {
  request: { query: EditorPracticeTopicsDocument },
  result: {
    data: {
      practiceTopics: [
        { __typename: 'PracticeTopic', code: 'governance', label: 'Tata kelola pemerintahan' },
        { __typename: 'PracticeTopic', code: 'finance_assets', label: 'Keuangan dan aset daerah' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

type Text = { language: 'ID' | 'EN'; title: string; summary?: string; problem?: string; approach?: string; results?: string; lessons?: string };

export function practiceText({ language, title, summary = '', problem = '', approach = '', results = '', lessons = '' }: Text) {
  return { __typename: 'PracticeText', language, title, summary, problem, approach, results, lessons };
}

export function editorPractice(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Practice',
    id: 'p-1',
    state: 'DRAFT',
    version: 3,
    agency: 'BPKAD Kota Medan',
    topic: 'finance_assets',
    dimensions: ['governance'],
    sdgs: [11, 16],
    tags: ['aset', 'e-aset'],
    startYear: 2017,
    endYear: null,
    contact: 'Bidang Aset, BPKAD',
    isDemo: false,
    updatedAt: '2026-03-02T03:00:00.000Z',
    reviewComment: null,
    reviewedAt: null,
    allowedActions: ['PRACTICE_EDIT', 'PRACTICE_SUBMIT', 'PRACTICE_VIEW_DRAFT'],
    cost: { __typename: 'PracticeCost', amount: 1500000000, currency: 'IDR', year: 2018 },
    links: [{ __typename: 'PracticeLink', url: 'https://pemkomedan.go.id', label: 'Pemko Medan' }],
    attachments: [],
    city: MEDAN_CITY,
    texts: [
      practiceText({
        language: 'ID',
        title: 'Pengelolaan aset daerah',
        summary: 'Aset dicatat secara **digital**.',
        problem: 'Aset tercatat di kertas.',
      }),
    ],
    ...overrides,
  };
}

export function editorPracticeMock(practice: object | null, id = 'p-1'): MockLink.MockedResponse {
  return { request: { query: EditorPracticeDocument, variables: { id } }, result: { data: { practice } } };
}

/** The account menu's practice counts (practicesToReview, sent back among myPractices); default none. */
export function practiceMenuCountsMock({ toReview = 0, sentBack = 0 } = {}, maxUsageCount = 1): MockLink.MockedResponse {
  const returned = (i: number) => ({ __typename: 'Practice', id: `sent-back-${i}`, state: 'DRAFT', reviewComment: 'Perbaiki.', reviewedAt: '2026-03-03T03:00:00.000Z' });
  return {
    request: { query: PracticeMenuCountsDocument, variables: () => true },
    result: (variables: { review: boolean; mine: boolean }) => ({
      data: {
        ...(variables.review ? { practicesToReview: { __typename: 'PracticeConnection', totalCount: toReview } } : {}),
        ...(variables.mine ? { myPractices: { __typename: 'PracticeConnection', nodes: Array.from({ length: sentBack }, (_, i) => returned(i)) } } : {}),
      },
    }),
    maxUsageCount,
  } as MockLink.MockedResponse;
}
