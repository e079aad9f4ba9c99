import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ConfirmOfficialEmailDocument, MyAdministeredCitiesDocument } from '../gql/features/graphql';
import { invitationRow, memberRow, requestRow, SOLOK_ADMIN, SOLOK_CITY, userError, WARGA } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

const { city: _city, user: _user, ...pending } = requestRow('req-1', { officialEmail: 'dewi@solok.go.id', officialEmailIsGovernment: true, officialEmailConfirmed: true });

function myCitiesMock(cities: object[]) {
  return { request: { query: MyAdministeredCitiesDocument }, result: { data: { myAdministeredCities: cities } } };
}

const SOLOK_ENTRY = {
  __typename: 'AdministeredCity',
  city: SOLOK_CITY,
  members: [memberRow('m-admin', 'Admin Solok', 'admin@solok.go.id', 'ADMIN', SOLOK_ADMIN.id), memberRow('m-editor', 'Budi Santoso', 'budi@solok.go.id', 'EDITOR')],
  pendingRequests: [
    {
      __typename: 'RepresentationRequest',
      id: pending.id,
      createdAt: pending.createdAt,
      officialEmail: pending.officialEmail,
      officialEmailIsGovernment: pending.officialEmailIsGovernment,
      officialEmailConfirmed: pending.officialEmailConfirmed,
      user: { __typename: 'MemberUser', id: 'user-dewi', displayName: 'Dewi Lestari', email: 'dewi@gmail.com' },
    },
  ],
  openInvitations: [invitationRow('inv-1', 'sari@solok.go.id', 'MEMBER')],
  needsAction: ['REQUESTS_PENDING', 'SOLE_ADMIN'],
};

describe('my cities page', () => {
  it('shows each administered city with counts, what needs action, requests, invitations and members', async () => {
    renderApp({ path: '/kota-saya', me: SOLOK_ADMIN, mocks: [myCitiesMock([SOLOK_ENTRY])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kota saya' })).toBeTruthy();
    const section = within(await screen.findByRole('region', { name: 'Kota Solok' }));
    expect(section.getByText('anggota').previousSibling?.textContent).toBe('2');
    expect(section.getByText('permintaan menunggu').previousSibling?.textContent).toBe('1');
    expect(section.getByText('undangan terbuka').previousSibling?.textContent).toBe('1');
    expect(section.getByRole('heading', { name: 'Perlu tindakan Anda (2)' })).toBeTruthy();
    expect(section.getByText(/1 orang meminta mewakili kota ini/)).toBeTruthy();
    expect(section.getByText(/Anda satu-satunya admin/)).toBeTruthy();
    expect(section.getByText('Dewi Lestari')).toBeTruthy();
    expect(section.getByText('Domain pemerintah')).toBeTruthy();
    expect(within(section.getByRole('table', { name: 'Undangan' })).getByText('sari@solok.go.id')).toBeTruthy();
    expect(section.getByRole('table', { name: 'Anggota Kota Solok' })).toBeTruthy();
    expect(section.getByRole('link', { name: 'Kelola anggota' }).getAttribute('href')).toBe('/kota/kota-solok/anggota');
  });

  it('says so when the user administers no city', async () => {
    renderApp({ path: '/kota-saya', me: WARGA, mocks: [myCitiesMock([])], language: 'en' });
    expect(await screen.findByText('You do not administer any city yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask to represent a city on your profile' }).getAttribute('href')).toBe('/profil');
  });
});

describe('official address confirmation page', () => {
  const confirmMock = (token: string, payload: object) => ({
    request: { query: ConfirmOfficialEmailDocument, variables: { input: { token } } },
    result: { data: { confirmOfficialEmail: { __typename: 'ConfirmOfficialEmailPayload', ...payload } } },
  });

  it('confirms on a click, not on opening the link', async () => {
    renderApp({ path: '/konfirmasi-alamat-resmi?token=abc', mocks: [confirmMock('abc', { confirmed: true, userErrors: [] })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Konfirmasi alamat e-mail resmi' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Konfirmasi alamat ini' }));
    expect(await screen.findByText('Alamat dikonfirmasi')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Konfirmasi alamat ini' })).toBeNull();
  });

  it('shows the API message when the link is not valid', async () => {
    renderApp({ path: '/konfirmasi-alamat-resmi?token=old', mocks: [confirmMock('old', { confirmed: false, userErrors: [userError('token', 'INVALID_TOKEN', 'Tautan ini tidak valid.')] })] });
    fireEvent.click(await screen.findByRole('button', { name: 'Konfirmasi alamat ini' }));
    const alert = within(await screen.findByRole('alert'));
    expect(alert.getByText('Tautan ini tidak valid.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Konfirmasi alamat ini' })).toBeTruthy());
  });
});
