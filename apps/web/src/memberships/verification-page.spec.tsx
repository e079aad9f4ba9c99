import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ApproveRepresentationRequestDocument,
  RejectRepresentationRequestDocument,
  RepresentationRequestsDocument,
} from '../gql/features/graphql';
import { MEDAN_CITY, PLATFORM_ADMIN, requestRow, userError, WARGA } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import { VERIFICATION_PAGE_SIZE } from './verification-page';

beforeEach(() => localStorage.clear());

const WARGA_REQUEST = requestRow('req-1');
const MEDAN_REQUEST = requestRow('req-2', {
  user: { id: 'user-2', displayName: 'Dewi Lubis', email: 'dewi@gmail.com' },
  city: MEDAN_CITY,
  officialEmail: null,
  officialEmailIsGovernment: false,
  officialEmailConfirmed: false,
  message: 'Staf Dinas Kominfo.',
});

function queueMock(
  status: 'PENDING' | 'APPROVED' | 'REJECTED',
  nodes: object[],
  { after, hasNextPage = false, endCursor = null, totalCount = nodes.length }: {
    after?: string;
    hasNextPage?: boolean;
    endCursor?: string | null;
    totalCount?: number;
  } = {},
) {
  return {
    request: {
      query: RepresentationRequestsDocument,
      variables: { status, first: VERIFICATION_PAGE_SIZE, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        representationRequests: {
          __typename: 'RepresentationRequestConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
          nodes,
        },
      },
    },
  };
}

function card(name: RegExp): ReturnType<typeof within> {
  return within(screen.getByRole('article', { name }));
}

describe('verification queue', () => {
  it('lists pending requests with user, e-mail, city, message and a government badge', async () => {
    renderApp({ path: '/admin/verifikasi', me: PLATFORM_ADMIN, mocks: [queueMock('PENDING', [WARGA_REQUEST, MEDAN_REQUEST])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Verifikasi perwakilan' })).toBeTruthy();
    expect(await screen.findByText('2 permintaan')).toBeTruthy();
    const warga = card(/Warga Solok — Kota Solok/);
    expect(warga.getAllByText('warga@solok.go.id')).toHaveLength(2); // account and official e-mail
    expect(warga.getByText('Domain pemerintah')).toBeTruthy();
    expect(warga.getByText('Saya Kepala Bagian Perencanaan Kota Solok.')).toBeTruthy();
    expect(warga.getByRole('link', { name: 'Kota Solok' }).getAttribute('href')).toBe('/kota/kota-solok');
    expect(warga.getByText('Menunggu')).toBeTruthy();
    const dewi = card(/Dewi Lubis — Kota Medan/);
    expect(dewi.queryByText('Domain pemerintah')).toBeNull();
    expect(screen.getByRole('button', { name: 'Menunggu' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a .go.id address nobody confirmed as unconfirmed, without the government badge', async () => {
    const unconfirmed = requestRow('req-3', { officialEmail: 'kadis@medan.go.id', officialEmailIsGovernment: false, officialEmailConfirmed: false, city: MEDAN_CITY });
    renderApp({ path: '/admin/verifikasi', me: PLATFORM_ADMIN, mocks: [queueMock('PENDING', [unconfirmed])] });
    const request = within(await screen.findByRole('article', { name: /Warga Solok — Kota Medan/ }));
    expect(request.getByText('kadis@medan.go.id')).toBeTruthy();
    expect(request.getByText('Alamat resmi belum dikonfirmasi')).toBeTruthy();
    expect(request.queryByText('Domain pemerintah')).toBeNull();
  });

  it('approves with the automatic role by default, and shows the granted role', async () => {
    renderApp({
      path: '/admin/verifikasi',
      me: PLATFORM_ADMIN,
      mocks: [
        queueMock('PENDING', [WARGA_REQUEST]),
        {
          request: { query: ApproveRepresentationRequestDocument, variables: { input: { requestId: 'req-1' } } },
          result: {
            data: {
              approveRepresentationRequest: {
                __typename: 'ApproveRepresentationRequestPayload',
                request: { ...WARGA_REQUEST, status: 'APPROVED', decidedAt: '2026-03-03T03:00:00.000Z' },
                membership: { __typename: 'CityMembership', id: 'm-new', role: 'ADMIN' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await screen.findByText('1 permintaan');
    const warga = card(/Warga Solok/);
    expect((warga.getByRole('combobox', { name: 'Peran untuk Warga Solok' }) as HTMLSelectElement).value).toBe('');
    expect(warga.getByRole('option', { name: 'Otomatis' })).toBeTruthy();

    fireEvent.click(warga.getByRole('button', { name: 'Setujui' }));

    const status = within(await warga.findByRole('status'));
    expect(status.getByText('Warga Solok sekarang mewakili kota ini sebagai')).toBeTruthy();
    expect(status.getByText('Admin')).toBeTruthy();
    expect(warga.getByText('Disetujui')).toBeTruthy();
    expect(warga.queryByRole('button', { name: 'Setujui' })).toBeNull();
  });

  it('approves with a chosen role', async () => {
    renderApp({
      path: '/admin/verifikasi',
      me: PLATFORM_ADMIN,
      mocks: [
        queueMock('PENDING', [WARGA_REQUEST]),
        {
          request: {
            query: ApproveRepresentationRequestDocument,
            variables: { input: { requestId: 'req-1', role: 'EDITOR' } },
          },
          result: {
            data: {
              approveRepresentationRequest: {
                __typename: 'ApproveRepresentationRequestPayload',
                request: { ...WARGA_REQUEST, status: 'APPROVED' },
                membership: { __typename: 'CityMembership', id: 'm-new', role: 'EDITOR' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await screen.findByText('1 permintaan');
    const warga = card(/Warga Solok/);

    fireEvent.change(warga.getByRole('combobox', { name: 'Peran untuk Warga Solok' }), { target: { value: 'EDITOR' } });
    fireEvent.click(warga.getByRole('button', { name: 'Setujui' }));

    expect(within(await warga.findByRole('status')).getByText('Editor')).toBeTruthy();
  });

  it('rejects only with a note, asked for in a dialog', async () => {
    const sent = jest.fn();
    renderApp({
      path: '/admin/verifikasi',
      me: PLATFORM_ADMIN,
      mocks: [
        queueMock('PENDING', [WARGA_REQUEST]),
        {
          request: {
            query: RejectRepresentationRequestDocument,
            variables: { input: { requestId: 'req-1', note: 'Mohon kirim dari alamat .go.id.' } },
          },
          result: () => {
            sent();
            return {
              data: {
                rejectRepresentationRequest: {
                  __typename: 'RejectRepresentationRequestPayload',
                  request: {
                    ...WARGA_REQUEST,
                    status: 'REJECTED',
                    decisionNote: 'Mohon kirim dari alamat .go.id.',
                    decidedAt: '2026-03-03T03:00:00.000Z',
                  },
                  userErrors: [],
                },
              },
            };
          },
        },
      ],
    });
    await screen.findByText('1 permintaan');

    fireEvent.click(card(/Warga Solok/).getByRole('button', { name: 'Tolak' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Tolak permintaan?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Tolak permintaan' }));

    const note = dialog.getByLabelText(/^Catatan/);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(dialog.getByText('Catatan wajib diisi.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();

    fireEvent.change(note, { target: { value: 'Mohon kirim dari alamat .go.id.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Tolak permintaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toHaveBeenCalledTimes(1);
    const warga = card(/Warga Solok/);
    expect(warga.getByText('Ditolak')).toBeTruthy();
    expect(warga.getByText('Mohon kirim dari alamat .go.id.')).toBeTruthy();
    expect(warga.queryByRole('button', { name: 'Tolak' })).toBeNull();
  });

  it('shows a userError of the decision, e.g. ALREADY_DECIDED', async () => {
    renderApp({
      path: '/admin/verifikasi',
      me: PLATFORM_ADMIN,
      mocks: [
        queueMock('PENDING', [WARGA_REQUEST]),
        {
          request: { query: ApproveRepresentationRequestDocument, variables: { input: { requestId: 'req-1' } } },
          result: {
            data: {
              approveRepresentationRequest: {
                __typename: 'ApproveRepresentationRequestPayload',
                request: null,
                membership: null,
                userErrors: [userError(null, 'ALREADY_DECIDED', 'Permintaan ini sudah diputuskan.')],
              },
            },
          },
        },
      ],
    });
    await screen.findByText('1 permintaan');
    const warga = card(/Warga Solok/);
    fireEvent.click(warga.getByRole('button', { name: 'Setujui' }));

    expect(within(await warga.findByRole('alert')).getByText('Permintaan ini sudah diputuskan.')).toBeTruthy();
  });

  it('filters by status in the URL and loads more pages', async () => {
    const decided = requestRow('req-9', { status: 'APPROVED', decidedAt: '2026-03-03T03:00:00.000Z' });
    const older = requestRow('req-10', {
      status: 'APPROVED',
      user: { id: 'user-3', displayName: 'Andi', email: 'andi@solok.go.id' },
    });
    const { router } = renderApp({
      path: '/admin/verifikasi',
      me: PLATFORM_ADMIN,
      mocks: [
        queueMock('PENDING', []),
        queueMock('APPROVED', [decided], { hasNextPage: true, endCursor: 'c1', totalCount: 2 }),
        queueMock('APPROVED', [older], { after: 'c1', totalCount: 2 }),
      ],
    });
    expect(await screen.findByText('Tidak ada permintaan yang menunggu.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Disetujui' }));

    expect(router.state.location.search).toBe('?status=APPROVED');
    expect(await screen.findByRole('article', { name: /Warga Solok/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByRole('article', { name: /Andi/ })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('is only for users with REPRESENTATION_REVIEW', async () => {
    renderApp({ path: '/admin/verifikasi', me: WARGA });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anda tidak memiliki akses' })).toBeTruthy();
  });

  it('asks a signed-out visitor to sign in', async () => {
    renderApp({ path: '/admin/verifikasi', me: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeTruthy();
  });
});
