import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { MyPracticesListDocument } from '../../gql/features/graphql';
import { MEDAN_CITY } from '../../test/account-fixtures';
import { renderApp } from '../../test/render-app';
import { MEDAN_ADMIN, MEDAN_EDITOR, practiceMenuCountsMock } from '../../test/practice-writing-fixtures';

beforeEach(() => localStorage.clear());

function row(id: string, title: string, state: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Practice',
    id,
    state,
    version: 2,
    updatedAt: '2026-03-02T03:00:00.000Z',
    reviewComment: null,
    reviewedAt: null,
    allowedActions: state === 'ARCHIVED' ? [] : ['PRACTICE_EDIT'],
    isDemo: false,
    city: MEDAN_CITY,
    texts: [{ __typename: 'PracticeText', language: 'ID', title }],
    ...extra,
  };
}

const LIST: MockLink.MockedResponse = {
  request: { query: MyPracticesListDocument, variables: {} },
  result: {
    data: {
      myPractices: {
        __typename: 'PracticeConnection',
        totalCount: 3,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [
          row('p-1', 'Pengelolaan aset daerah', 'DRAFT', { reviewComment: 'Tambahkan angka hasilnya.', reviewedAt: '2026-03-03T03:00:00.000Z' }),
          row('p-2', 'Aplikasi pengaduan warga', 'IN_REVIEW'),
          row('p-3', 'Pusat data kota', 'PUBLISHED', { isDemo: true }),
        ],
      },
    },
  },
};

const item = (title: string) => (screen.getByRole('heading', { name: title }).closest('li') as HTMLElement);

describe('my practices', () => {
  it("lists each practice's state and tells the author what the reviewer sent back", async () => {
    renderApp({ path: '/praktik-saya', me: MEDAN_EDITOR, mocks: [LIST] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Praktik saya' })).toBeTruthy();
    expect(await screen.findByText('1 dikembalikan untuk diperbaiki, 1 menunggu tinjauan.')).toBeTruthy();

    const returned = item('Pengelolaan aset daerah');
    expect(within(returned).getByText('Dikembalikan')).toBeTruthy();
    expect(within(returned).getByText('Tambahkan angka hasilnya.')).toBeTruthy();
    expect(within(returned).getByRole('link', { name: 'Ubah Pengelolaan aset daerah' }).getAttribute('href')).toBe('/praktik/p-1/ubah');
    expect(within(item('Aplikasi pengaduan warga')).getByText('Menunggu tinjauan')).toBeTruthy();
    expect(within(item('Pusat data kota')).getByText('Contoh (demo)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tulis praktik baru' }).getAttribute('href')).toBe('/praktik/baru');
  });

  it('speaks English', async () => {
    renderApp({ path: '/praktik-saya', me: MEDAN_EDITOR, language: 'en', mocks: [LIST] });
    expect(await screen.findByRole('heading', { level: 1, name: 'My practices' })).toBeTruthy();
    expect(await screen.findByText('1 sent back for changes, 1 waiting for review.')).toBeTruthy();
    expect(within(item('Pengelolaan aset daerah')).getByText('Sent back by the reviewer for changes')).toBeTruthy();
  });
});

describe('account menu', () => {
  it('counts the practices sent back and those waiting for review', async () => {
    renderApp({ path: '/praktik-saya', me: MEDAN_ADMIN, mocks: [LIST, practiceMenuCountsMock({ sentBack: 1, toReview: 2 })] });
    const header = screen.getByRole('banner');
    fireEvent.click(await within(header).findByRole('button', { name: /Admin Medan.*3 menunggu/ }));
    expect(within(within(header).getByRole('link', { name: /Praktik saya/ })).getByLabelText('1 menunggu')).toBeTruthy();
    expect(within(within(header).getByRole('link', { name: /Tinjauan praktik/ })).getByLabelText('2 menunggu')).toBeTruthy();
  });

  it('offers an editor "My practices" but not the review queue', async () => {
    renderApp({ path: '/praktik-saya', me: MEDAN_EDITOR, mocks: [LIST] });
    const header = screen.getByRole('banner');
    fireEvent.click(await within(header).findByRole('button', { name: /Editor Medan/ }));
    expect(within(header).getByRole('link', { name: 'Praktik saya' }).getAttribute('href')).toBe('/praktik-saya');
    expect(within(header).queryByRole('link', { name: /Tinjauan praktik/ })).toBeNull();
  });
});
