import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { HistoryDiffDocument, HistoryPracticeDocument } from '../../gql/features/graphql';
import { MEDAN_CITY } from '../../test/account-fixtures';
import { renderApp } from '../../test/render-app';

beforeEach(() => localStorage.clear());

const revision = (number: number, createdAt: string) => ({ __typename: 'PracticeRevision', number, createdAt });

const HISTORY: MockLink.MockedResponse = {
  request: { query: HistoryPracticeDocument, variables: { id: 'p-1' } },
  result: {
    data: {
      practice: {
        __typename: 'Practice',
        id: 'p-1',
        state: 'PUBLISHED',
        city: MEDAN_CITY,
        texts: [{ __typename: 'PracticeText', language: 'ID', title: 'Pengelolaan aset daerah' }],
      },
      practiceRevisions: [
        revision(3, '2026-03-05T03:00:00.000Z'),
        revision(2, '2026-03-04T03:00:00.000Z'),
        revision(1, '2026-03-03T03:00:00.000Z'),
      ],
    },
  },
};

const part = (change: 'SAME' | 'ADDED' | 'REMOVED', text: string) => ({ __typename: 'DiffPart', change, text });

function diffMock(from: number, to: number, fields: object[]): MockLink.MockedResponse {
  return {
    request: { query: HistoryDiffDocument, variables: { practiceId: 'p-1', from, to } },
    result: { data: { practiceRevisionDiff: { __typename: 'PracticeRevisionDiff', from, to, fields } } },
  };
}

const TITLE_DIFF = {
  __typename: 'PracticeFieldDiff',
  field: 'texts.title',
  language: 'ID',
  parts: [part('SAME', 'Pengelolaan aset '), part('REMOVED', 'kota'), part('ADDED', 'daerah')],
};
const TAGS_DIFF = { __typename: 'PracticeFieldDiff', field: 'tags', language: null, parts: [part('SAME', 'aset'), part('ADDED', ', e-aset')] };

describe('practice history', () => {
  it('lists the revisions and shows what changed between the newest two, in words as well as colour', async () => {
    renderApp({ path: '/praktik/p-1/riwayat', mocks: [HISTORY, diffMock(2, 3, [TITLE_DIFF, TAGS_DIFF])] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Riwayat: Pengelolaan aset daerah' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Revisi 3 · /),
      expect.stringMatching(/^Revisi 2 · /),
      expect.stringMatching(/^Revisi 1 · /),
    ]);

    const title = await screen.findByRole('region', { name: 'Judul (Bahasa Indonesia)' });
    const removed = title.querySelector('del') as HTMLElement;
    const added = title.querySelector('ins') as HTMLElement;
    expect(removed.textContent).toBe('−Dihapus: kota');
    expect(added.textContent).toBe('+Ditambahkan: daerah');
    expect(screen.getByRole('region', { name: 'Tag' }).querySelector('ins')?.textContent).toBe('+Ditambahkan: , e-aset');
    expect(screen.getByText(/Teks yang ditambahkan bergaris bawah/)).toBeTruthy();
  });

  it('compares any two revisions picked', async () => {
    renderApp({ path: '/praktik/p-1/riwayat', mocks: [HISTORY, diffMock(2, 3, [TITLE_DIFF]), diffMock(1, 3, [TAGS_DIFF])] });
    await screen.findByRole('region', { name: 'Judul (Bahasa Indonesia)' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Dari revisi' }), { target: { value: '1' } });
    expect(await screen.findByRole('region', { name: 'Tag' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Judul (Bahasa Indonesia)' })).toBeNull();
  });

  it('says when a practice has no revisions yet, in English', async () => {
    const draft = {
      ...HISTORY,
      result: { data: { ...(HISTORY.result as { data: Record<string, unknown> }).data, practiceRevisions: [] } },
    };
    renderApp({ path: '/praktik/p-1/riwayat', language: 'en', mocks: [draft] });
    expect(await screen.findByRole('heading', { level: 1, name: 'History: Pengelolaan aset daerah' })).toBeTruthy();
    expect(screen.getByText('This practice has never been published, so it has no revisions yet.')).toBeTruthy();
    expect(within(screen.getByRole('main')).queryByRole('combobox')).toBeNull();
  });
});
