import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  CityPickerDocument,
  MyRepresentationRequestsDocument,
  RequestCityRepresentationDocument,
  ResendEmailConfirmationDocument,
  UpdateProfileDocument,
} from '../gql/features/graphql';
import { MEDAN_CITY, membership, SOLOK_CITY, viewer } from '../test/account-fixtures';
import { descriptionOf } from '../test/dom';
import { renderApp } from '../test/render-app';

beforeEach(() => localStorage.clear());

const RESEARCHER = viewer({
  isResearcher: true,
  isDemo: true,
  memberships: [membership(MEDAN_CITY, 'EDITOR')],
});

const MEDAN_REQUEST = {
  __typename: 'RepresentationRequest',
  id: 'req-old',
  status: 'REJECTED',
  message: 'Staf',
  officialEmail: null,
  decisionNote: 'Mohon pakai alamat resmi.',
  createdAt: '2026-02-01T03:00:00.000Z',
  decidedAt: '2026-02-02T03:00:00.000Z',
  city: MEDAN_CITY,
};

function requestsMock(requests: object[] = [MEDAN_REQUEST]) {
  return { request: { query: MyRepresentationRequestsDocument }, result: { data: { myRepresentationRequests: requests } } };
}

function pickerMock(search: string, nodes: object[]) {
  return {
    request: { query: CityPickerDocument, variables: { search } },
    result: { data: { cities: { __typename: 'CityConnection', nodes } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const SOLOK_OPTION = { ...SOLOK_CITY, province: { __typename: 'Province', code: '13', name: 'Sumatera Barat' } };
const KAB_SOLOK_OPTION = {
  __typename: 'City',
  id: 'city-13.02',
  slug: 'kabupaten-solok',
  name: 'Kabupaten Solok',
  province: { __typename: 'Province', code: '13', name: 'Sumatera Barat' },
};

describe('profile', () => {
  it('sends a signed-out visitor to sign in, and back here afterwards', async () => {
    const { router } = renderApp({ path: '/profil', me: null });

    await waitFor(() => expect(router.state.location.pathname).toBe('/masuk'));
    expect(router.state.location.search).toBe('?next=%2Fprofil');
  });

  it('says when the e-mail address is not confirmed, and mails a new link', async () => {
    const resend = {
      request: { query: ResendEmailConfirmationDocument },
      result: { data: { resendEmailConfirmation: { __typename: 'ResendEmailConfirmationPayload', sent: true, userErrors: [] } } },
    };
    renderApp({ path: '/profil', me: viewer({ emailConfirmed: false }), mocks: [requestsMock([]), resend], language: 'en' });

    const main = within(screen.getByRole('main'));
    expect(await main.findByText('Not confirmed')).toBeTruthy();
    fireEvent.click(main.getByRole('button', { name: 'Send the confirmation link again' }));
    expect(await main.findByText('A new confirmation link was sent to warga@solok.go.id.')).toBeTruthy();
  });

  it('shows no confirmation notice for a confirmed address', async () => {
    renderApp({ path: '/profil', me: viewer(), mocks: [requestsMock([])] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Profil' })).toBeTruthy();
    expect(screen.queryByText('Belum dikonfirmasi')).toBeNull();
  });

  it('shows the account, role badges, memberships and requests', async () => {
    renderApp({ path: '/profil', me: RESEARCHER, mocks: [requestsMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Profil' })).toBeTruthy();
    const main = within(screen.getByRole('main'));
    expect(main.getByText('warga@solok.go.id')).toBeTruthy();
    expect(main.getByText('Peneliti')).toBeTruthy();
    expect(main.queryByText('Admin platform')).toBeNull();
    expect(main.getByText('Akun demo')).toBeTruthy();

    const memberships = within(main.getByRole('table', { name: 'Keanggotaan kota' }));
    const medan = memberships.getByRole('link', { name: 'Kota Medan' }).closest('tr') as HTMLElement;
    expect(within(medan).getByText('Editor')).toBeTruthy();
    // An editor may not manage members: no link.
    expect(memberships.queryByRole('link', { name: 'Kelola anggota' })).toBeNull();

    const requests = within(await main.findByRole('table', { name: 'Permintaan perwakilan saya' }));
    expect(requests.getByText('Ditolak')).toBeTruthy();
    expect(requests.getByText('Mohon pakai alamat resmi.')).toBeTruthy();
  });

  it('updates the display name', async () => {
    renderApp({
      path: '/profil',
      me: RESEARCHER,
      mocks: [
        requestsMock(),
        {
          request: { query: UpdateProfileDocument, variables: { input: { displayName: 'Warga Kota Solok' } } },
          result: {
            data: {
              updateProfile: {
                __typename: 'UpdateProfilePayload',
                user: { __typename: 'User', id: RESEARCHER.id, displayName: 'Warga Kota Solok' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    const name = await screen.findByLabelText(/^Nama tampilan/);
    fireEvent.change(name, { target: { value: 'Warga Kota Solok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Nama tersimpan.')).toBeTruthy();
    // The header reads the same cached user.
    expect(within(screen.getByRole('banner')).getByRole('button', { name: /Warga Kota Solok/ })).toBeTruthy();
  });

  it('requests to represent a city picked by search, and lists it as pending', async () => {
    renderApp({
      path: '/profil',
      me: RESEARCHER,
      mocks: [
        requestsMock(),
        pickerMock('solok', [KAB_SOLOK_OPTION, SOLOK_OPTION]),
        pickerMock('Kota Solok', [SOLOK_OPTION]),
        {
          request: {
            query: RequestCityRepresentationDocument,
            variables: {
              input: { citySlug: 'kota-solok', message: 'Saya Kepala Bagian Perencanaan.', officialEmail: null },
            },
          },
          result: {
            data: {
              requestCityRepresentation: {
                __typename: 'RequestCityRepresentationPayload',
                request: {
                  __typename: 'RepresentationRequest',
                  id: 'req-new',
                  status: 'PENDING',
                  message: 'Saya Kepala Bagian Perencanaan.',
                  officialEmail: null,
                  decisionNote: null,
                  createdAt: '2026-03-02T03:00:00.000Z',
                  decidedAt: null,
                  city: SOLOK_CITY,
                },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    const form = within(await screen.findByRole('form', { name: 'Wakili kota' }));
    const official = form.getByLabelText('E-mail resmi (opsional)');
    expect(descriptionOf(official)).toBe('Alamat resmi .go.id mempercepat verifikasi. Kami mengirim tautan konfirmasi ke alamat itu.');

    // Submitting without a city or message asks for them.
    fireEvent.click(form.getByRole('button', { name: 'Ajukan permintaan' }));
    expect(form.getByText('Pilih kota atau kabupaten.')).toBeTruthy();
    expect(descriptionOf(form.getByLabelText(/^Pesan untuk verifikator/))).toContain('Wajib diisi.');

    const picker = form.getByRole('combobox', { name: /^Kota atau kabupaten/ });
    // Mantine treats a change to an input without focus as autofill: type into a focused input.
    act(() => picker.focus());
    fireEvent.change(picker, { target: { value: 'solok' } });
    fireEvent.click(await form.findByRole('option', { name: /^Kota Solok/ }));
    expect((picker as HTMLInputElement).value).toBe('Kota Solok');

    fireEvent.change(form.getByLabelText(/^Pesan untuk verifikator/), {
      target: { value: 'Saya Kepala Bagian Perencanaan.' },
    });
    fireEvent.click(form.getByRole('button', { name: 'Ajukan permintaan' }));

    expect(
      await form.findByText('Permintaan untuk mewakili Kota Solok terkirim dan menunggu verifikasi.'),
    ).toBeTruthy();
    const requests = within(screen.getByRole('table', { name: 'Permintaan perwakilan saya' }));
    const solok = requests.getByRole('link', { name: 'Kota Solok' }).closest('tr') as HTMLElement;
    expect(within(solok).getByText('Menunggu')).toBeTruthy();
    expect((form.getByLabelText(/^Pesan untuk verifikator/) as HTMLTextAreaElement).value).toBe('');
  });
});
