import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { HostAvailabilityPageDocument, SetVisitAvailabilityDocument } from '../gql/features/graphql';
import { membership, viewer } from '../test/account-fixtures';
import { descriptionOf } from '../test/dom';
import { renderApp } from '../test/render-app';
import { MEDAN, SOLOK } from './visit-pages-fixtures';

beforeEach(() => localStorage.clear());

const PATH = '/kunjungan/ketersediaan/kota-medan';
const MEDAN_ADMIN = viewer({ memberships: [{ ...membership(MEDAN, 'ADMIN'), allowedActions: ['CITY_MEMBERS_VIEW', 'VISIT_AVAILABILITY_EDIT'] as never }] });

const availability = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'VisitAvailability' as const,
  citySlug: 'kota-medan',
  timeZone: 'Asia/Jakarta',
  capacity: 1,
  isDefault: false,
  rules: [
    { __typename: 'AvailabilityRule' as const, weekday: 1, startTime: '08:00', endTime: '16:00' },
    { __typename: 'AvailabilityRule' as const, weekday: 5, startTime: '08:00', endTime: '11:30' },
  ],
  exceptions: [{ __typename: 'AvailabilityException' as const, date: '2026-12-25', available: false, startTime: null, endTime: null, note: 'Natal' }],
  ...overrides,
});

function pageMock(value = availability()): MockLink.MockedResponse {
  return {
    // The range starts now: any range matches.
    request: { query: HostAvailabilityPageDocument, variables: (variables: Record<string, unknown>) => variables.slug === 'kota-medan' },
    result: { data: { city: { ...MEDAN, timeZone: { __typename: 'TimeZone', iana: 'Asia/Jakarta', label: 'WIB' } }, visitAvailability: value } },
    maxUsageCount: 3,
  } as MockLink.MockedResponse;
}

describe('availability editor', () => {
  it('shows the capacity, zone, weekly rules and exceptions, in both languages', async () => {
    for (const [language, heading, friday, closed] of [
      ['id', 'Ketersediaan Kota Medan menerima kunjungan', 'Jumat', 'Tutup sepanjang hari'],
      ['en', 'Availability of Kota Medan for visits', 'Friday', 'Closed all day'],
    ] as const) {
      const view = renderApp({ path: PATH, language, me: MEDAN_ADMIN, mocks: [pageMock()] });
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
      const rules = within(screen.getByRole('table', { name: language === 'id' ? 'Aturan mingguan' : 'Weekly rules' }));
      const second = rules.getByRole('combobox', { name: language === 'id' ? 'Hari, aturan 2' : 'Day, rule 2' }) as HTMLSelectElement;
      expect(second.selectedOptions[0]?.textContent).toBe(friday);
      expect((rules.getByLabelText(language === 'id' ? 'Selesai, aturan 2' : 'End, rule 2') as HTMLInputElement).value).toBe('11:30');
      // Each cell says what it is when the table stacks on a phone.
      expect(second.closest('td')?.getAttribute('data-label')).toBe(language === 'id' ? 'Hari' : 'Day');
      const exceptions = within(screen.getByRole('table', { name: language === 'id' ? 'Pengecualian' : 'Exceptions' }));
      expect((exceptions.getByRole('combobox', { name: language === 'id' ? 'Jenis, pengecualian 1' : 'Kind, exception 1' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(closed);
      expect((screen.getByRole('spinbutton', { name: /^(Kapasitas|Capacity)/ }) as HTMLInputElement).value).toBe('1');
      view.unmount();
    }
  });

  it('says when the default applies', async () => {
    renderApp({ path: PATH, me: MEDAN_ADMIN, mocks: [pageMock(availability({ isDefault: true, rules: [], exceptions: [] }))] });
    expect(await screen.findByText('Belum diatur: yang berlaku adalah bawaan, Senin–Jumat pukul 08.00–16.00.')).toBeTruthy();
    expect(screen.getByText('Belum ada aturan mingguan.')).toBeTruthy();
  });

  it('asks before removing a row, saves, and puts userErrors next to their fields', async () => {
    const input = {
      citySlug: 'kota-medan',
      capacity: 2,
      timeZone: 'Asia/Jakarta',
      rules: [
        { weekday: 1, startTime: '08:00', endTime: '16:00' },
        { weekday: 2, startTime: '13:00', endTime: '09:00' },
      ],
      exceptions: [{ date: '2026-12-31', available: true, startTime: '09:00', endTime: '12:00', note: null }],
    };
    const saved = availability({
      capacity: 2,
      rules: input.rules.map((r) => ({ __typename: 'AvailabilityRule', ...r })),
      exceptions: [{ __typename: 'AvailabilityException', date: '2026-12-31', available: true, startTime: '09:00', endTime: '12:00', note: null }],
    });
    renderApp({
      path: PATH,
      me: MEDAN_ADMIN,
      mocks: [
        pageMock(),
        {
          request: { query: SetVisitAvailabilityDocument, variables: { input } },
          result: {
            data: {
              setVisitAvailability: {
                __typename: 'SetVisitAvailabilityPayload',
                availability: null,
                userErrors: [{ __typename: 'UserError', field: 'rules.1.endTime', code: 'END_BEFORE_START', message: 'Jam selesai harus setelah jam mulai.', messages: [] }],
              },
            },
          },
        },
        { request: { query: SetVisitAvailabilityDocument, variables: { input } }, result: { data: { setVisitAvailability: { __typename: 'SetVisitAvailabilityPayload', availability: saved, userErrors: [] } } } },
      ],
    });
    const rules = within(await screen.findByRole('table', { name: 'Aturan mingguan' }));
    // Removing the Friday rule asks first; cancelling keeps it.
    fireEvent.click(rules.getByRole('button', { name: 'Hapus aturan 2' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Hapus aturan ini?' }));
    expect(dialog.getByText('Jumat 08:00–11:30 dihapus saat ketersediaan disimpan.')).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rules.getAllByRole('row')).toHaveLength(3);
    fireEvent.click(rules.getByRole('button', { name: 'Hapus aturan 2' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Hapus aturan ini?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(rules.getAllByRole('row')).toHaveLength(2));

    // A new Tuesday rule with its end before its start (the API says so).
    fireEvent.click(screen.getByRole('button', { name: 'Tambah aturan' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Hari, aturan 2' }), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Mulai, aturan 2'), { target: { value: '13:00' } });
    fireEvent.change(screen.getByLabelText('Selesai, aturan 2'), { target: { value: '09:00' } });

    // The Christmas exception goes (after asking); a special opening is added.
    const exceptions = within(screen.getByRole('table', { name: 'Pengecualian' }));
    fireEvent.click(exceptions.getByRole('button', { name: 'Hapus pengecualian 1' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Hapus pengecualian ini?' }));
    expect(dialog.getByText('Pengecualian tanggal 25 Des 2026 dihapus saat ketersediaan disimpan.')).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Hapus' }));
    expect(await screen.findByText('Belum ada pengecualian.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah pengecualian' }));
    fireEvent.change(screen.getByLabelText('Tanggal, pengecualian 1'), { target: { value: '2026-12-31' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Jenis, pengecualian 1' }), { target: { value: 'open' } });
    // An open day needs its hours: checked before asking the API.
    fireEvent.click(screen.getByRole('button', { name: 'Simpan ketersediaan' }));
    expect(descriptionOf(await screen.findByLabelText('Mulai, pengecualian 1'))).toBe('Wajib diisi.');
    fireEvent.change(screen.getByLabelText('Mulai, pengecualian 1'), { target: { value: '09:00' } });
    fireEvent.change(screen.getByLabelText('Selesai, pengecualian 1'), { target: { value: '12:00' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Kapasitas/ }), { target: { value: '2' } });

    fireEvent.click(screen.getByRole('button', { name: 'Simpan ketersediaan' }));
    const error = await screen.findByText('Jam selesai harus setelah jam mulai.');
    expect(screen.getByLabelText('Selesai, aturan 2').getAttribute('aria-describedby')).toContain(error.id);

    fireEvent.click(screen.getByRole('button', { name: 'Simpan ketersediaan' }));
    expect(await screen.findByText('Ketersediaan tersimpan.')).toBeTruthy();
  });

  it('is for the city’s admins only', async () => {
    const view = renderApp({ path: PATH, me: viewer({ memberships: [membership(SOLOK, 'ADMIN')] }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Anda tidak memiliki akses' })).toBeTruthy();
    view.unmount();
    renderApp({ path: PATH });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeTruthy();
  });
});
