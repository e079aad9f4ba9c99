import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RequestVisitDocument } from '../gql/features/graphql';
import { membership, viewer, WARGA } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import { ASSET_ID, availabilityMock, fullVisit, MEDAN, requestCitiesMock, SOLOK, VISIT_ID, visitMock } from './visit-fixtures';

beforeEach(() => localStorage.clear());

const SOLOK_EDITOR = viewer({
  id: 'user-solok-editor',
  email: 'editor.solok@citybridge.demo',
  displayName: 'Editor Kota Solok (demo)',
  isDemo: true,
  memberships: [membership(SOLOK, 'EDITOR')],
});


const PATH = `/kunjungan/ajukan?tuan-rumah=kota-medan&praktik=${ASSET_ID}`;
const WINDOW = { start: '2099-03-05T09:00', end: '2099-03-05T12:00' };
const INPUT = {
  visitingCityId: 'city-13.72',
  hostCityId: 'city-12.71',
  purpose: 'Mempelajari pengelolaan aset daerah.',
  topics: ['aset', 'perencanaan'],
  practiceIds: [ASSET_ID],
  windows: [WINDOW],
  delegation: [
    { name: 'Reinier', title: 'Sekretaris Daerah', agency: 'Sekretariat Daerah', email: null, isLeader: false },
    { name: 'Nurhasanah', title: 'Kepala Bidang Aset', agency: 'BPKAD', email: 'aset@solok.go.id', isLeader: true },
  ],
  travelBudget: 45000000,
  isPrivate: false,
};
const userError = (field: string, code: string, text: string) => ({
  __typename: 'UserError' as const,
  field,
  code,
  message: text,
  messages: [{ __typename: 'LocalizedMessage' as const, language: 'id', text }],
});

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Lanjut' }));
const fill = (label: RegExp | string, value: string, scope: ReturnType<typeof within> | typeof screen = screen) =>
  fireEvent.change(scope.getByLabelText(label), { target: { value } });

/** Steps 1–3 filled as the Kota Solok editor would, ending on the review step. */
async function fillEverything() {
  // Prefilled from the URL: Kota Medan and its practice.
  expect(await screen.findByRole('checkbox', { name: 'Pengelolaan aset daerah Kota Medan' })).toHaveProperty('checked', true);
  expect(screen.getByText('Atas nama Kota Solok')).toBeTruthy();
  fill(/^Maksud dan tujuan kunjungan/, INPUT.purpose);
  fill(/^Topik/, 'aset, perencanaan');
  next();

  expect(await screen.findByText('Usulkan satu sampai tiga jadwal dalam waktu Kota Medan (WIB).')).toBeTruthy();
  fill(/^Mulai \(WIB\)/, WINDOW.start);
  fill(/^Selesai \(WIB\)/, WINDOW.end);
  expect(screen.getByText('Sama dengan waktu Kota Solok (WIB).')).toBeTruthy();
  const availability = within(screen.getByRole('region', { name: 'Ketersediaan Kota Medan' }));
  expect(await availability.findByText('Senin 08:00–16:00')).toBeTruthy();
  expect(availability.getByText('2027-03-08: tutup — Libur')).toBeTruthy();
  expect(availability.getByText('Kamis, 4 Maret 2027 09.00–16.00 WIB')).toBeTruthy();
  next();

  fill(/^Nama/, 'Reinier');
  fill(/^Jabatan/, 'Sekretaris Daerah');
  fill(/^Instansi/, 'Sekretariat Daerah');
  fireEvent.click(screen.getByRole('button', { name: 'Tambah anggota' }));
  const second = within(screen.getByRole('group', { name: 'Anggota 2' }));
  fill(/^Nama/, 'Nurhasanah', second);
  fill(/^Jabatan/, 'Kepala Bidang Aset', second);
  fill(/^Instansi/, 'BPKAD', second);
  fill(/^E-mail/, 'aset@solok.go.id', second);
  fireEvent.click(second.getByRole('radio', { name: 'Anggota 2 ketua rombongan' }));
  fill(/^Anggaran perjalanan/, '45.000.000');
  next();
}

describe('request wizard', () => {
  it('walks host → dates → delegation → review without losing input, sends the request and opens the visit', async () => {
    const created = fullVisit();
    const { router } = renderApp({
      path: PATH,
      me: SOLOK_EDITOR,
      mocks: [
        requestCitiesMock(MEDAN),
        availabilityMock(),
        {
          request: { query: RequestVisitDocument, variables: { input: INPUT } },
          result: { data: { requestVisit: { __typename: 'RequestVisitPayload', visit: created, userErrors: [] } } },
        },
        visitMock(created),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ajukan kunjungan kerja' })).toBeTruthy();
    await fillEverything();

    const review = within(await screen.findByRole('region', { name: 'Rombongan' }));
    expect(review.getByText('Nurhasanah, Kepala Bidang Aset, BPKAD — Ketua rombongan')).toBeTruthy();
    expect(screen.getByText('Kamis, 5 Maret 2099 09.00–12.00 WIB')).toBeTruthy();
    // Back to the dates and forward again: nothing typed is lost.
    fireEvent.click(screen.getByRole('button', { name: 'Ubah Jadwal' }));
    expect((screen.getByLabelText(/^Mulai \(WIB\)/) as HTMLInputElement).value).toBe(WINDOW.start);
    fireEvent.click(screen.getByRole('button', { name: 'Kembali' }));
    expect((screen.getByLabelText(/^Maksud dan tujuan/) as HTMLTextAreaElement).value).toBe(INPUT.purpose);
    next();
    next();
    expect((screen.getAllByLabelText(/^Nama/)[1] as HTMLInputElement).value).toBe('Nurhasanah');
    next();
    fireEvent.click(await screen.findByRole('button', { name: 'Kirim permohonan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/kunjungan/${VISIT_ID}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kota Solok → Kota Medan' })).toBeTruthy();
  });

  it('checks a step before the next: blanks and an end before its start, next to their fields', async () => {
    renderApp({ path: PATH, me: SOLOK_EDITOR, mocks: [requestCitiesMock(MEDAN), availabilityMock()] });

    await screen.findByRole('checkbox', { name: 'Pengelolaan aset daerah Kota Medan' });
    next();
    const purpose = screen.getByLabelText(/^Maksud dan tujuan kunjungan/);
    expect(purpose.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Wajib diisi.')).toBeTruthy();
    fill(/^Maksud dan tujuan kunjungan/, 'Belajar.');
    next();
    fill(/^Mulai \(WIB\)/, '2099-03-05T12:00');
    fill(/^Selesai \(WIB\)/, '2099-03-05T09:00');
    next();
    expect(await screen.findByText('Selesai harus setelah mulai.')).toBeTruthy();
    expect(screen.getByLabelText(/^Selesai \(WIB\)/).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the API’s userError next to the field it names, on that field’s step', async () => {
    renderApp({
      path: PATH,
      me: SOLOK_EDITOR,
      mocks: [
        requestCitiesMock(MEDAN),
        availabilityMock(),
        {
          request: { query: RequestVisitDocument, variables: { input: INPUT } },
          result: {
            data: {
              requestVisit: {
                __typename: 'RequestVisitPayload',
                visit: null,
                userErrors: [userError('windows.0.start', 'OUTSIDE_AVAILABILITY', 'Di luar jam penerimaan tamu Kota Medan.')],
              },
            },
          },
        },
      ],
    });

    await fillEverything();
    fireEvent.click(await screen.findByRole('button', { name: 'Kirim permohonan' }));

    expect(await screen.findByText('Di luar jam penerimaan tamu Kota Medan.')).toBeTruthy();
    expect(screen.getByLabelText(/^Mulai \(WIB\)/).getAttribute('aria-invalid')).toBe('true');
  });

  it('in English: the steps, and who may not request', async () => {
    const view = renderApp({ path: PATH, language: 'en', me: SOLOK_EDITOR, mocks: [requestCitiesMock(MEDAN), availabilityMock()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Request a working visit' })).toBeTruthy();
    expect(await screen.findByText('For Kota Solok')).toBeTruthy();
    for (const step of ['Host', 'Dates', 'Delegation', 'Review']) expect(screen.getByText(step)).toBeTruthy();
    view.unmount();

    renderApp({ path: '/kunjungan/ajukan', language: 'en', me: WARGA });
    expect(await screen.findByText('Only a city\u2019s editors and admins can request working visits for it.'.replace('\u2019', "'"))).toBeTruthy();
  });
});
