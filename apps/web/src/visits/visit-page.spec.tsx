import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DeclineVisitDocument, ProposeVisitWindowsDocument } from '../gql/features/graphql';
import { membership, viewer } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import { fullVisit, HOST_ACTIONS, MAKASSAR, MEDAN, SOLOK, VISIT_ID, visitMock, windowOf } from './visit-fixtures';

beforeEach(() => localStorage.clear());

const SOLOK_EDITOR = viewer({
  id: 'user-solok-editor',
  email: 'editor.solok@citybridge.demo',
  displayName: 'Editor Kota Solok (demo)',
  isDemo: true,
  memberships: [membership(SOLOK, 'EDITOR')],
});
const MEDAN_ADMIN = viewer({
  id: 'user-medan-admin',
  email: 'admin.medan@citybridge.demo',
  displayName: 'Admin Kota Medan (demo)',
  isDemo: true,
  memberships: [membership(MEDAN, 'ADMIN')],
});


const PATH = `/kunjungan/${VISIT_ID}`;
const userError = (field: string | null, code: string, text: string) => ({
  __typename: 'UserError' as const,
  field,
  code,
  message: text,
  messages: [
    { __typename: 'LocalizedMessage' as const, language: 'id', text },
    { __typename: 'LocalizedMessage' as const, language: 'en', text: `${text} (en)` },
  ],
});

const HOST_PEOPLE = [{ __typename: 'VisitHostParticipant', id: 'h1', name: 'Wiriya Alrahman', title: 'Sekretaris Daerah', agency: null, role: 'Penerima rombongan' }];

/** The demo seed visit as Kota Solok's members see it: completed, at Medan's mayor's office. */
const SEED = fullVisit({
  state: 'CONFIRMED',
  isDemo: true,
  startsAt: '2018-10-05T02:00:00.000Z',
  endsAt: '2018-10-05T05:00:00.000Z',
  venue: 'Ruang Rapat I Kantor Wali Kota Medan',
  windows: [],
  viewerSides: ['VISITING'],
  allowedActions: ['CANCEL', 'COMPLETE'],
  hostParticipants: HOST_PEOPLE,
});

describe('visit page', () => {
  it('shows the confirmed visit: cities, state, demo badge, slot in the host’s zone, venue, people, timeline and the documents', async () => {
    renderApp({ path: PATH, me: SOLOK_EDITOR, mocks: [visitMock(SEED)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kota Solok → Kota Medan' })).toBeTruthy();
    expect(document.title).toBe('Kota Solok → Kota Medan · CityBridge');
    expect(screen.getByText('Terkonfirmasi')).toBeTruthy();
    expect(screen.getByText('Demo')).toBeTruthy();
    expect(screen.getByText('Jumat, 5 Oktober 2018 09.00–12.00 WIB')).toBeTruthy();
    expect(screen.getByText('Tempat: Ruang Rapat I Kantor Wali Kota Medan')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pengelolaan aset daerah Kota Medan' }).getAttribute('href')).toBe(
      '/praktik/6f1c2a3b-0000-4000-8000-000000000001',
    );
    const delegation = within(screen.getByRole('table'));
    expect(delegation.getByText('Sekretaris Daerah')).toBeTruthy();
    expect(delegation.getByText('Ketua rombongan')).toBeTruthy();
    expect(screen.getByText('Wiriya Alrahman, Sekretaris Daerah, Kota Medan — Penerima rombongan')).toBeTruthy();
    const timeline = within(screen.getByRole('heading', { level: 2, name: 'Riwayat' }).closest('section') as HTMLElement);
    expect(timeline.getByText('Diajukan')).toBeTruthy();
    expect(timeline.getByText(/Editor Kota Solok \(demo\) · Kota Solok$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unduh .ics' }).getAttribute('href')).toBe(`/calendar/visits/${VISIT_ID}.ics`);
    expect(screen.getByRole('link', { name: 'Surat permohonan (PDF)' }).getAttribute('href')).toBe(`/visits/${VISIT_ID}/letter.pdf`);
    // Only what allowedActions lists, in the state machine's order.
    const actions = within(screen.getByRole('heading', { level: 2, name: 'Tindakan' }).closest('section') as HTMLElement);
    expect(actions.getAllByRole('button').map((b) => b.textContent)).toEqual(['Batalkan kunjungan', 'Tandai selesai']);
  });

  it('in English, with the visiting city’s local time beside a host in another zone', async () => {
    const visit = fullVisit({
      hostCity: MAKASSAR,
      windows: [windowOf('w1', '2027-03-05T01:00:00.000Z', '2027-03-05T04:00:00.000Z')],
      allowedActions: [],
    });
    renderApp({ path: PATH, language: 'en', me: SOLOK_EDITOR, mocks: [visitMock(visit)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kota Solok → Kota Makassar' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Dates proposed by Kota Solok' })).toBeTruthy();
    expect(screen.getByText('Friday, 5 March 2027 09:00–12:00 WITA')).toBeTruthy();
    expect(screen.getByText('Kota Solok time: Friday, 5 March 2027 08:00–11:00 WIB')).toBeTruthy();
    expect(screen.getByText('Requested', { selector: '.mantine-Badge-label' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Actions' })).toBeNull();
    // No slot yet: no calendar file; members see the letter.
    expect(screen.queryByRole('link', { name: 'Download .ics' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Request letter (PDF)' })).toBeTruthy();
  });

  it('for the public: no roster, no letter, no actions', async () => {
    renderApp({ path: PATH, mocks: [visitMock({ ...SEED, delegation: null, hostParticipants: null, agenda: null, timeline: null, allowedActions: [], viewerSides: [] })] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kota Solok → Kota Medan' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Surat permohonan (PDF)' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Unduh .ics' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Tindakan' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Riwayat' })).toBeNull();
  });

  it('says when a visit is not there (or not to be seen)', async () => {
    renderApp({ path: PATH, mocks: [visitMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kunjungan tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Semua kunjungan' }).getAttribute('href')).toBe('/kunjungan');
  });

  it('the host declines after confirming in a dialog, with a reason; the page shows the new state', async () => {
    const requested = fullVisit({ viewerSides: ['HOST'], allowedActions: HOST_ACTIONS });
    const declined = fullVisit({ state: 'DECLINED', viewerSides: ['HOST'], allowedActions: [] });
    renderApp({
      path: PATH,
      me: MEDAN_ADMIN,
      mocks: [
        visitMock(requested),
        {
          request: { query: DeclineVisitDocument, variables: { input: { visitId: VISIT_ID, reason: 'Jadwal penuh.' } } },
          result: { data: { declineVisit: { __typename: 'DeclineVisitPayload', visit: declined, userErrors: [] } } },
        },
      ],
    });

    const actions = within((await screen.findByRole('heading', { level: 2, name: 'Tindakan' })).closest('section') as HTMLElement);
    expect(actions.getAllByRole('button').map((b) => b.textContent)).toEqual(['Konfirmasi jadwal', 'Usulkan jadwal lain', 'Tolak']);
    fireEvent.click(actions.getByRole('button', { name: 'Tolak' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Tolak permohonan kunjungan?' }));
    fireEvent.change(dialog.getByLabelText('Alasan (opsional)'), { target: { value: 'Jadwal penuh.' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Tolak permohonan' }));

    expect(await screen.findByText('Ditolak')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Tindakan' })).toBeNull());
  });

  it('the host proposes other dates: the API’s error shows next to the field it names', async () => {
    const requested = fullVisit({ viewerSides: ['HOST'], allowedActions: HOST_ACTIONS });
    renderApp({
      path: PATH,
      me: MEDAN_ADMIN,
      mocks: [
        visitMock(requested),
        {
          request: {
            query: ProposeVisitWindowsDocument,
            variables: { input: { visitId: VISIT_ID, windows: [{ start: '2027-03-07T09:00', end: '2027-03-07T12:00' }], message: null } },
          },
          result: { data: { proposeVisitWindows: { __typename: 'ProposeVisitWindowsPayload', visit: null, userErrors: [userError('windows.0.start', 'OUTSIDE_AVAILABILITY', 'Di luar jam penerimaan tamu.')] } } },
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Usulkan jadwal lain' }));
    const form = within(screen.getByRole('form', { name: 'Usulkan jadwal lain' }));
    fireEvent.change(form.getByLabelText(/^Mulai \(WIB\)/), { target: { value: '2027-03-07T09:00' } });
    fireEvent.change(form.getByLabelText(/^Selesai \(WIB\)/), { target: { value: '2027-03-07T12:00' } });
    expect(form.getByText('Sama dengan waktu Kota Solok (WIB).')).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Kirim usulan' }));

    const start = form.getByLabelText(/^Mulai \(WIB\)/);
    await waitFor(() => expect(start.getAttribute('aria-invalid')).toBe('true'));
    expect(form.getByText('Di luar jam penerimaan tamu.')).toBeTruthy();
  });
});
