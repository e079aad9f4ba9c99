import { fireEvent, screen, within } from '@testing-library/react';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../gql/features/graphql';
import { SOLOK_CITY, userError, viewer } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

const TOKEN = 'tok-123';
const STAF = viewer({ id: 'user-staf', displayName: 'Staf Solok', email: 'staf@solok.go.id' });
const OTHER = viewer({ id: 'user-other', displayName: 'Orang Lain', email: 'lain@gmail.com' });

function previewMock(status: 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED' = 'PENDING') {
  return {
    request: { query: InvitationPreviewDocument, variables: { token: TOKEN } },
    result: {
      data: {
        invitation: {
          __typename: 'InvitationPreview',
          role: 'EDITOR',
          emailHint: 's***@solok.go.id',
          status,
          expiresAt: '2026-03-08T05:00:00.000Z',
          city: SOLOK_CITY,
        },
      },
    },
  };
}

function acceptMock(result: object) {
  return {
    request: { query: AcceptInvitationDocument, variables: { input: { token: TOKEN } } },
    result: { data: { acceptInvitation: { __typename: 'AcceptInvitationPayload', ...result } } },
  };
}

describe('invitation page', () => {
  it('shows the invitation and, signed out, offers sign in or sign up that come back here', async () => {
    renderApp({ path: `/undangan?token=${TOKEN}`, me: null, mocks: [previewMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Undangan bergabung dengan Kota Solok' })).toBeTruthy();
    expect(screen.getByText('s***@solok.go.id')).toBeTruthy();
    expect(screen.getByText('Editor')).toBeTruthy();
    expect(screen.getByText('Menunggu')).toBeTruthy();
    expect(screen.getByText('Berlaku sampai')).toBeTruthy();
    const next = encodeURIComponent(`/undangan?token=${TOKEN}`);
    expect(screen.getByRole('link', { name: 'Masuk untuk menerima' }).getAttribute('href')).toBe(`/masuk?next=${next}`);
    expect(screen.getByRole('link', { name: 'Daftar untuk menerima' }).getAttribute('href')).toBe(`/daftar?next=${next}`);
    expect(screen.queryByRole('button', { name: 'Terima undangan' })).toBeNull();
  });

  it('lets a signed-in user accept, then links to the city', async () => {
    renderApp({
      path: `/undangan?token=${TOKEN}`,
      me: STAF,
      mocks: [
        previewMock(),
        acceptMock({
          membership: { __typename: 'CityMembership', id: 'm-staf', role: 'EDITOR', city: SOLOK_CITY },
          userErrors: [],
        }),
      ],
    });

    expect(await screen.findByText('Anda masuk sebagai Staf Solok (staf@solok.go.id).')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Masuk untuk menerima' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Terima undangan' }));

    const status = within(await screen.findByRole('status'));
    expect(status.getByText('Anda sekarang anggota Kota Solok sebagai Editor.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka Kota Solok' }).getAttribute('href')).toBe('/kota/kota-solok');
    expect(screen.getByText('Diterima')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Terima undangan' })).toBeNull();
  });

  it.each([
    ['WRONG_ACCOUNT', 'Undangan ini untuk alamat e-mail lain. Masuk dengan akun s***@solok.go.id.'],
    ['TOKEN_EXPIRED', 'Tautan ini sudah kedaluwarsa.'],
    ['TOKEN_USED', 'Tautan ini sudah dipakai.'],
  ])('shows %s when accepting fails', async (code, message) => {
    renderApp({
      path: `/undangan?token=${TOKEN}`,
      me: OTHER,
      mocks: [previewMock(), acceptMock({ membership: null, userErrors: [userError('token', code, message)] })],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Terima undangan' }));

    const alert = within(await screen.findByRole('alert'));
    expect(alert.getByText('Undangan tidak dapat diterima')).toBeTruthy();
    expect(alert.getByText(message)).toBeTruthy();
  });

  it('says when the invitation is no longer pending', async () => {
    renderApp({ path: `/undangan?token=${TOKEN}`, me: STAF, mocks: [previewMock('EXPIRED')] });

    expect(await screen.findByText(/Undangan ini sudah kedaluwarsa/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Terima undangan' })).toBeNull();
  });

  it('says an unknown or missing token is not a valid invitation', async () => {
    renderApp({
      path: '/undangan?token=nope',
      mocks: [{ request: { query: InvitationPreviewDocument, variables: { token: 'nope' } }, result: { data: { invitation: null } } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Undangan tidak ditemukan' })).toBeTruthy();
  });
});
