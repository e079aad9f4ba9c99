import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  ChangeMemberRoleDocument,
  CityMembersDocument,
  InviteCityMemberDocument,
  RemoveCityMemberDocument,
  RevokeInvitationDocument,
} from '../gql/features/graphql';
import {
  invitationRow,
  memberRow,
  SOLOK_ADMIN,
  SOLOK_CITY,
  userError,
  WARGA,
} from '../test/account-fixtures';
import { cityMock, KOTA_SOLOK } from '../test/fixtures';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

const ADMIN_ROW = memberRow('m-admin', 'Admin Solok', 'admin@solok.go.id', 'ADMIN', SOLOK_ADMIN.id);
const EDITOR_ROW = memberRow('m-editor', 'Budi Santoso', 'budi@solok.go.id', 'EDITOR');
const SECOND_ADMIN_ROW = memberRow('m-admin-2', 'Dewi Lestari', 'dewi@solok.go.id', 'ADMIN');
const LAST_ADMIN = 'Kota harus tetap memiliki setidaknya satu admin.';
const SOLE_ADMIN_HINT = 'Satu-satunya admin kota ini: jadikan anggota lain admin terlebih dahulu.';

function membersMock(members = [ADMIN_ROW, EDITOR_ROW], invitations = [invitationRow('inv-1', 'sari@solok.go.id', 'MEMBER')]) {
  return {
    request: { query: CityMembersDocument, variables: { citySlug: 'kota-solok' } },
    result: { data: { city: SOLOK_CITY, cityMembers: members, cityInvitations: invitations } },
  };
}

function removeMock(membershipId: string, result: object, sent = jest.fn()) {
  return {
    request: { query: RemoveCityMemberDocument, variables: { input: { membershipId } } },
    result: () => {
      sent();
      return { data: { removeCityMember: { __typename: 'RemoveCityMemberPayload', ...result } } };
    },
  };
}

function row(name: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Anggota Kota Solok' });
  const header = within(table).getByRole('rowheader', { name: new RegExp(name) });
  return header.closest('tr') as HTMLElement;
}

async function openPage(mocks: object[]) {
  const view = renderApp({ path: '/kota/kota-solok/anggota', me: SOLOK_ADMIN, mocks: mocks as never });
  expect(await screen.findByRole('heading', { level: 1, name: 'Anggota Kota Solok' })).toBeTruthy();
  return view;
}

describe('city members page', () => {
  it('lists members and invitations', async () => {
    await openPage([membersMock()]);

    expect(document.title).toBe('Anggota Kota Solok · CityBridge');
    expect(within(row('Admin Solok')).getByText('admin@solok.go.id')).toBeTruthy();
    expect(within(row('Admin Solok')).getByText('(Anda)')).toBeTruthy();
    expect((within(row('Budi Santoso')).getByRole('combobox', { name: 'Peran Budi Santoso' }) as HTMLSelectElement).value).toBe(
      'EDITOR',
    );
    const invitations = within(screen.getByRole('table', { name: 'Undangan' }));
    expect(invitations.getByText('sari@solok.go.id')).toBeTruthy();
    expect(invitations.getByText('Menunggu')).toBeTruthy();
    expect(invitations.getByRole('button', { name: 'Batalkan undangan untuk sari@solok.go.id' })).toBeTruthy();
  });

  it('disables demoting and removing the only admin, and says why', async () => {
    await openPage([membersMock()]);

    const adminRole = within(row('Admin Solok')).getByRole('combobox', { name: 'Peran Admin Solok' }) as HTMLSelectElement;
    expect(adminRole.disabled).toBe(true);
    expect(document.getElementById(adminRole.getAttribute('aria-describedby') as string)?.textContent).toBe(SOLE_ADMIN_HINT);
    expect((within(row('Admin Solok')).getByRole('button', { name: 'Hapus Admin Solok' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(row('Budi Santoso')).getByRole('button', { name: 'Hapus Budi Santoso' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('asks for confirmation before removing, and shows LAST_ADMIN in the dialog', async () => {
    const sent = jest.fn();
    // Two admins on screen; the other one left meanwhile, so the API refuses.
    await openPage([
      membersMock([ADMIN_ROW, SECOND_ADMIN_ROW, EDITOR_ROW]),
      removeMock('m-admin', { removedMembershipId: null, userErrors: [userError(null, 'LAST_ADMIN', LAST_ADMIN)] }, sent),
    ]);

    fireEvent.click(within(row('Admin Solok')).getByRole('button', { name: 'Hapus Admin Solok' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Hapus anggota?' }));
    expect(
      dialog.getByText('Admin Solok (admin@solok.go.id) tidak akan lagi menjadi anggota Kota Solok.'),
    ).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();

    fireEvent.click(dialog.getByRole('button', { name: 'Hapus anggota' }));

    const alert = within(await dialog.findByRole('alert'));
    expect(alert.getByText('Anggota tidak dapat dihapus')).toBeTruthy();
    expect(alert.getByText(LAST_ADMIN)).toBeTruthy();
    expect(alert.getByText('Jadikan anggota lain admin terlebih dahulu, lalu ulangi.')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    // Nothing was removed.
    expect(row('Admin Solok')).toBeTruthy();
  });

  it('cancelling the confirmation removes nobody', async () => {
    const sent = jest.fn();
    await openPage([membersMock(), removeMock('m-editor', { removedMembershipId: 'm-editor', userErrors: [] }, sent)]);

    fireEvent.click(within(row('Budi Santoso')).getByRole('button', { name: 'Hapus Budi Santoso' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Batal' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).not.toHaveBeenCalled();
    expect(row('Budi Santoso')).toBeTruthy();
  });

  it('removes a member after confirmation', async () => {
    await openPage([membersMock(), removeMock('m-editor', { removedMembershipId: 'm-editor', userErrors: [] })]);

    fireEvent.click(within(row('Budi Santoso')).getByRole('button', { name: 'Hapus Budi Santoso' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hapus anggota' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /Budi Santoso/ })).toBeNull());
    expect(row('Admin Solok')).toBeTruthy();
  });

  it('asks before changing a role; cancelling keeps the role', async () => {
    const sent = jest.fn();
    await openPage([
      membersMock(),
      {
        request: { query: ChangeMemberRoleDocument, variables: { input: { membershipId: 'm-editor', role: 'ADMIN' } } },
        result: () => {
          sent();
          return { data: { changeMemberRole: { __typename: 'ChangeMemberRolePayload', membership: { ...EDITOR_ROW, role: 'ADMIN' }, userErrors: [] } } };
        },
      },
    ]);

    const editorRole = within(row('Budi Santoso')).getByRole('combobox', { name: 'Peran Budi Santoso' }) as HTMLSelectElement;
    fireEvent.change(editorRole, { target: { value: 'ADMIN' } });
    let dialog = within(await screen.findByRole('dialog', { name: 'Ubah peran?' }));
    expect(dialog.getByText('Peran Budi Santoso di Kota Solok akan diubah dari Editor menjadi Admin.')).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).not.toHaveBeenCalled();
    expect(editorRole.value).toBe('EDITOR');

    fireEvent.change(editorRole, { target: { value: 'ADMIN' } });
    dialog = within(await screen.findByRole('dialog', { name: 'Ubah peran?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Ubah peran' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(editorRole.value).toBe('ADMIN'));
  });

  it('shows LAST_ADMIN in the dialog when the API refuses to demote an admin', async () => {
    await openPage([
      membersMock([ADMIN_ROW, SECOND_ADMIN_ROW, EDITOR_ROW]),
      {
        request: { query: ChangeMemberRoleDocument, variables: { input: { membershipId: 'm-admin', role: 'MEMBER' } } },
        result: { data: { changeMemberRole: { __typename: 'ChangeMemberRolePayload', membership: null, userErrors: [userError('role', 'LAST_ADMIN', LAST_ADMIN)] } } },
      },
    ]);

    const adminRole = within(row('Admin Solok')).getByRole('combobox', { name: 'Peran Admin Solok' }) as HTMLSelectElement;
    fireEvent.change(adminRole, { target: { value: 'MEMBER' } });
    const dialog = within(await screen.findByRole('dialog', { name: 'Ubah peran?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Ubah peran' }));

    const alert = within(await dialog.findByRole('alert'));
    expect(alert.getByText('Peran tidak dapat diubah')).toBeTruthy();
    expect(alert.getByText(LAST_ADMIN)).toBeTruthy();
    expect(adminRole.value).toBe('ADMIN');
  });

  it('invites by e-mail with a role, and lists the new invitation', async () => {
    await openPage([
      membersMock(),
      {
        request: {
          query: InviteCityMemberDocument,
          variables: { input: { citySlug: 'kota-solok', email: 'staf@solok.go.id', role: 'EDITOR' } },
        },
        result: {
          data: {
            inviteCityMember: {
              __typename: 'InviteCityMemberPayload',
              invitation: invitationRow('inv-2', 'staf@solok.go.id', 'EDITOR'),
              userErrors: [],
            },
          },
        },
      },
    ]);

    const form = within(screen.getByRole('form', { name: 'Undang anggota' }));
    fireEvent.change(form.getByLabelText(/^Alamat e-mail/), { target: { value: 'staf@solok.go.id' } });
    fireEvent.change(form.getByLabelText('Peran'), { target: { value: 'EDITOR' } });
    fireEvent.click(form.getByRole('button', { name: 'Kirim undangan' }));

    expect(await form.findByText('Undangan dikirim ke staf@solok.go.id.')).toBeTruthy();
    const invitations = within(screen.getByRole('table', { name: 'Undangan' }));
    const newRow = invitations.getByRole('rowheader', { name: 'staf@solok.go.id' }).closest('tr') as HTMLElement;
    expect(within(newRow).getByText('Editor')).toBeTruthy();
    expect((form.getByLabelText(/^Alamat e-mail/) as HTMLInputElement).value).toBe('');
  });

  it('revokes an invitation after confirmation', async () => {
    await openPage([
      membersMock(),
      {
        request: { query: RevokeInvitationDocument, variables: { input: { invitationId: 'inv-1' } } },
        result: {
          data: {
            revokeInvitation: {
              __typename: 'RevokeInvitationPayload',
              invitation: invitationRow('inv-1', 'sari@solok.go.id', 'MEMBER', 'REVOKED'),
              userErrors: [],
            },
          },
        },
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Batalkan undangan untuk sari@solok.go.id' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Batalkan undangan?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Batalkan undangan' }));

    const invitations = within(screen.getByRole('table', { name: 'Undangan' }));
    expect(await invitations.findByText('Dibatalkan')).toBeTruthy();
    expect(invitations.queryByRole('button', { name: /Batalkan undangan/ })).toBeNull();
  });

  it('asks a signed-out visitor to sign in', async () => {
    renderApp({ path: '/kota/kota-solok/anggota', me: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Masuk' }).map((link) => link.getAttribute('href'))).toContain(
      '/masuk?next=%2Fkota%2Fkota-solok%2Fanggota',
    );
  });

  it('tells a user without CITY_MEMBERS_VIEW that they have no access', async () => {
    renderApp({ path: '/kota/kota-medan/anggota', me: SOLOK_ADMIN });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anda tidak memiliki akses' })).toBeTruthy();
  });

  it('shows the no-access view when the API answers FORBIDDEN', async () => {
    renderApp({
      path: '/kota/kota-solok/anggota',
      me: SOLOK_ADMIN,
      mocks: [
        {
          request: { query: CityMembersDocument, variables: { citySlug: 'kota-solok' } },
          result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anda tidak memiliki akses' })).toBeTruthy();
  });

  it('is linked from the city profile only for those who may see the members', async () => {
    renderApp({ path: '/kota/kota-solok', me: SOLOK_ADMIN, mocks: [cityMock('kota-solok', KOTA_SOLOK)] });
    const link = await screen.findByRole('link', { name: 'Anggota Kota Solok' });
    expect(link.getAttribute('href')).toBe('/kota/kota-solok/anggota');
  });

  it('has no members link on the city profile for other users', async () => {
    renderApp({ path: '/kota/kota-solok', me: WARGA, mocks: [cityMock('kota-solok', KOTA_SOLOK)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kota Solok' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Anggota Kota Solok' })).toBeNull();
  });
});
