import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ReviewPracticeDetailDocument,
  ReviewPublishPracticeDocument,
  ReviewQueueDocument,
  ReviewReturnPracticeDocument,
} from '../../gql/features/graphql';
import { MEDAN_CITY } from '../../test/account-fixtures';
import { renderApp } from '../../test/render-app';
import { MEDAN_ADMIN } from '../../test/practice-writing-fixtures';

beforeEach(() => localStorage.clear());

const ITEM = {
  __typename: 'Practice',
  id: 'p-9',
  state: 'IN_REVIEW',
  version: 4,
  topic: 'public_services',
  updatedAt: '2026-03-02T03:00:00.000Z',
  isDemo: false,
  city: MEDAN_CITY,
  author: { __typename: 'MemberUser', id: 'user-medan-editor', displayName: 'Editor Medan', email: 'editor.medan@citybridge.demo' },
  texts: [{ __typename: 'PracticeText', language: 'ID', title: 'Aplikasi pengaduan warga' }],
};

function queueMock(nodes: object[]): MockLink.MockedResponse {
  return {
    request: { query: ReviewQueueDocument, variables: {} },
    result: {
      data: {
        practicesToReview: {
          __typename: 'PracticeConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
  };
}

const DETAIL: MockLink.MockedResponse = {
  request: { query: ReviewPracticeDetailDocument, variables: { id: 'p-9' } },
  result: {
    data: {
      practice: {
        __typename: 'Practice',
        id: 'p-9',
        agency: 'Diskominfo',
        dimensions: ['governance'],
        sdgs: [16],
        tags: [],
        texts: [
          {
            __typename: 'PracticeText',
            language: 'ID',
            title: 'Aplikasi pengaduan warga',
            summaryHtml: '<p>Warga melapor lewat <strong>aplikasi</strong>.</p>',
            problemHtml: '<p>Pengaduan tersebar.</p>',
            approachHtml: '',
            resultsHtml: '',
            lessonsHtml: '',
          },
        ],
      },
    },
  },
};

const decided = (state: string, comment: string | null) => ({
  __typename: 'Practice',
  id: 'p-9',
  state,
  version: 5,
  reviewComment: comment,
  reviewedAt: '2026-03-03T03:00:00.000Z',
});

async function openQueue(mocks: MockLink.MockedResponse[], language: 'id' | 'en' = 'id') {
  renderApp({ path: '/praktik/tinjauan', me: MEDAN_ADMIN, language, mocks });
  await screen.findByRole('heading', { level: 1, name: language === 'id' ? 'Tinjauan praktik' : 'Practice review' });
}

async function openItem() {
  const item = (await screen.findByRole('heading', { name: 'Aplikasi pengaduan warga' })).closest('li') as HTMLElement;
  fireEvent.click(within(item).getByRole('button', { name: 'Buka' }));
  expect(await within(item).findByText('Pengaduan tersebar.')).toBeTruthy();
  return item;
}

describe('review queue', () => {

  it('lists what waits and opens one to read it', async () => {
    await openQueue([queueMock([ITEM]), DETAIL]);
    const item = await openItem();
    expect(within(item).getByText('Kota Medan')).toBeTruthy();
    expect(within(item).getByText('oleh Editor Medan')).toBeTruthy();
    expect(within(item).getByText('aplikasi').tagName).toBe('STRONG');
  });

  it('publishes after a confirmation, with an optional note', async () => {
    const publish = {
      request: { query: ReviewPublishPracticeDocument, variables: { input: { practiceId: 'p-9', comment: 'Bagus.' } } },
      result: { data: { publishPractice: { __typename: 'PublishPracticePayload', userErrors: [], practice: decided('PUBLISHED', 'Bagus.') } } },
    };
    await openQueue([queueMock([ITEM]), DETAIL, publish, queueMock([])]);
    const item = await openItem();
    fireEvent.click(within(item).getByRole('button', { name: 'Terbitkan…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Terbitkan praktik ini?' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Catatan untuk penulis/ }), { target: { value: 'Bagus.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terbitkan' }));
    expect(await screen.findByText('"Aplikasi pengaduan warga" sudah terbit.')).toBeTruthy();
    expect(await screen.findByText('Tidak ada praktik yang menunggu tinjauan.')).toBeTruthy();
  });

  it('sends back only with a comment', async () => {
    const sendBack = {
      request: { query: ReviewReturnPracticeDocument, variables: { input: { practiceId: 'p-9', comment: 'Tambahkan hasilnya.' } } },
      result: { data: { returnPractice: { __typename: 'ReturnPracticePayload', userErrors: [], practice: decided('DRAFT', 'Tambahkan hasilnya.') } } },
    };
    await openQueue([queueMock([ITEM]), DETAIL, sendBack, queueMock([])]);
    const item = await openItem();
    fireEvent.click(within(item).getByRole('button', { name: 'Kembalikan…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kembalikan ke penulis?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
    expect(await within(dialog).findByText('Tulis komentar untuk penulis.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Apa yang perlu diubah/ }), { target: { value: 'Tambahkan hasilnya.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
    expect(await screen.findByText('"Aplikasi pengaduan warga" dikembalikan ke penulis.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says when nothing waits, in English too', async () => {
    await openQueue([queueMock([])], 'en');
    expect(await screen.findByText('No practices are waiting for review.')).toBeTruthy();
    expect(document.title).toBe('Practice review · CityBridge');
  });
});
