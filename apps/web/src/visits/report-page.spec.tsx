import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FileVisitReportDocument, VisitReportPageDocument } from '../gql/features/graphql';
import { membership, viewer } from '../test/account-fixtures';
import { descriptionOf } from '../test/dom';
import { renderApp } from '../test/render-app';
import { ASSET_ADOPTION, FILED_REPORT, MEDAN, reportVisit, SOLOK } from './visit-pages-fixtures';

beforeEach(() => localStorage.clear());

const PATH = '/kunjungan/visit-seed/laporan';
const SOLOK_EDITOR = viewer({ id: 'user-solok-editor', displayName: 'Editor Kota Solok', memberships: [membership(SOLOK, 'EDITOR')] });

function pageMock(visit: ReturnType<typeof reportVisit> | null) {
  return { request: { query: VisitReportPageDocument, variables: { id: 'visit-seed' } }, result: { data: { visit } }, maxUsageCount: 3 };
}

/** The value next to a label in the cost panel. */
function costValue(label: string): string {
  const panel = within(screen.getByRole('heading', { name: /Biaya dan hasil|Cost and results/ }).closest('section') as HTMLElement);
  return panel.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

describe('visit report page', () => {
  it('shows a filed report read-only with its cost panel, in both languages', async () => {
    const visit = reportVisit({
      report: FILED_REPORT,
      adoptions: [ASSET_ADOPTION],
      cost: { ...reportVisit().cost, adoptionCount: 1, costPerAdoption: 45_000_000 },
    });
    for (const [language, heading, status, delegation, perAdoption, followUpStatus] of [
      ['id', 'Laporan kunjungan Kota Solok ke Kota Medan', 'Selesai', '9 orang', /^Rp\s45\.000\.000$/, 'Sedang berjalan'],
      ['en', 'Report of the visit of Kota Solok to Kota Medan', 'Completed', '9 people', /^IDR\s45,000,000$/, 'In progress'],
    ] as const) {
      const view = renderApp({ path: PATH, language, mocks: [pageMock(visit)] });
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
      expect(screen.getAllByText(status).length).toBeGreaterThan(0);
      expect(screen.getByText('Kota Solok mempelajari inventarisasi aset dan aplikasi pengaduan warga.')).toBeTruthy();
      expect(screen.getByText(`${language === 'id' ? 'Sumber' : 'Source'}: Berita Kota Solok, 6 Oktober 2018`)).toBeTruthy();
      const followUps = within(screen.getByRole('table', { name: language === 'id' ? 'Rencana tindak lanjut kunjungan' : 'Follow-up actions of the visit' }));
      expect(followUps.getByRole('rowheader', { name: 'Inventarisasi aset kelurahan' })).toBeTruthy();
      expect(followUps.getByText('BPKAD Kota Solok').getAttribute('data-label')).toBe(language === 'id' ? 'Perangkat daerah' : 'Agency');
      expect(followUps.getByText(followUpStatus)).toBeTruthy();
      const adoptions = within(screen.getByRole('table', { name: language === 'id' ? 'Adopsi dari kunjungan' : 'Adoptions from the visit' }));
      expect(adoptions.getByRole('link', { name: language === 'id' ? 'Pengelolaan aset daerah Kota Medan' : 'Regional asset management in Kota Medan' }).getAttribute('href')).toBe('/praktik/practice-asset');
      expect(costValue(language === 'id' ? 'Jumlah delegasi' : 'Delegation size')).toBe(delegation);
      expect(costValue(language === 'id' ? 'Biaya per praktik diadopsi' : 'Cost per adopted practice')).toMatch(perAdoption);
      // A visitor gets no form.
      expect(screen.queryByRole('button', { name: /Ubah laporan|Edit the report/ })).toBeNull();
      view.unmount();
    }
  });

  it('says a visit without adoptions produced no commitment yet', async () => {
    renderApp({ path: PATH, mocks: [pageMock(reportVisit({ report: { ...FILED_REPORT, learnings: null, followUps: null } }))] });
    expect(await screen.findByText('Belum ada adopsi: kunjungan ini belum menghasilkan komitmen.')).toBeTruthy();
    expect(costValue('Biaya per praktik diadopsi')).toBe('—');
    // Without details (not a member): no learnings, no follow-ups.
    expect(screen.queryByRole('heading', { name: 'Pelajaran' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Rencana tindak lanjut kunjungan' })).toBeNull();
  });

  it('lets an editor of the visiting city file the report: userErrors by field, rows removed after asking', async () => {
    const input = {
      visitId: 'visit-seed',
      summary: 'Ringkasan publik.',
      learnings: 'Pelajaran kami.',
      followUps: [{ action: 'Susun perwali aset', ownerAgency: 'Bagian Hukum', dueOn: '2019-06-30', status: 'PLANNED' }],
      adoptions: [{ practiceId: 'practice-asset', status: 'IN_PROGRESS', adoptedOn: '2018-11-01' }],
    };
    const filed = reportVisit({
      report: { ...FILED_REPORT, summary: 'Ringkasan publik.', learnings: 'Pelajaran kami.', followUps: [{ ...FILED_REPORT.followUps[0], id: 'fu-9', action: 'Susun perwali aset', ownerAgency: 'Bagian Hukum', dueOn: '2019-06-30', status: 'PLANNED' }] },
      adoptions: [ASSET_ADOPTION],
      cost: { ...reportVisit().cost, adoptionCount: 1, costPerAdoption: 45_000_000 },
    });
    renderApp({
      path: PATH,
      me: SOLOK_EDITOR,
      mocks: [
        pageMock(reportVisit()),
        {
          request: { query: FileVisitReportDocument, variables: { input } },
          result: {
            data: {
              fileVisitReport: {
                __typename: 'FileVisitReportPayload',
                visit: null,
                userErrors: [{ __typename: 'UserError', field: 'followUps.0.dueOn', code: 'INVALID_DATE', message: 'Tanggal tidak valid.', messages: [] }],
              },
            },
          },
        },
        { request: { query: FileVisitReportDocument, variables: { input } }, result: { data: { fileVisitReport: { __typename: 'FileVisitReportPayload', visit: filed, userErrors: [] } } } },
      ],
    });

    const form = within(await screen.findByRole('form', { name: 'Isi laporan' }));
    // Required fields are checked before asking the API.
    fireEvent.click(form.getByRole('button', { name: 'Simpan laporan' }));
    expect(descriptionOf(form.getByRole('textbox', { name: /^Ringkasan untuk publik/ }))).toBe('Wajib diisi.');

    fireEvent.change(form.getByRole('textbox', { name: /^Ringkasan untuk publik/ }), { target: { value: 'Ringkasan publik.' } });
    fireEvent.change(form.getByRole('textbox', { name: /^Pelajaran/ }), { target: { value: 'Pelajaran kami.' } });
    fireEvent.click(form.getByRole('button', { name: 'Tambah tindak lanjut' }));
    fireEvent.click(form.getByRole('button', { name: 'Tambah tindak lanjut' }));
    const first = within(form.getByRole('group', { name: 'Tindak lanjut 1' }));
    fireEvent.change(first.getByRole('textbox', { name: /^Tindakan/ }), { target: { value: 'Susun perwali aset' } });
    fireEvent.change(first.getByRole('textbox', { name: /^Perangkat daerah/ }), { target: { value: 'Bagian Hukum' } });
    fireEvent.change(first.getByLabelText('Tenggat (opsional)'), { target: { value: '2019-06-30' } });
    // The second row: filled, then removed after confirming.
    const second = within(form.getByRole('group', { name: 'Tindak lanjut 2' }));
    fireEvent.change(second.getByRole('textbox', { name: /^Tindakan/ }), { target: { value: 'Salah ketik' } });
    fireEvent.click(second.getByRole('button', { name: 'Hapus tindak lanjut 2' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Hapus tindak lanjut?' }));
    expect(dialog.getByText('“Salah ketik” dihapus dari laporan saat laporan disimpan.')).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Hapus' }));
    await waitFor(() => expect(form.queryByRole('group', { name: 'Tindak lanjut 2' })).toBeNull());

    fireEvent.change(form.getByRole('combobox', { name: 'Status adopsi “Pengelolaan aset daerah Kota Medan”' }), { target: { value: 'IN_PROGRESS' } });
    fireEvent.change(form.getByLabelText('Tanggal adopsi “Pengelolaan aset daerah Kota Medan” (opsional)'), { target: { value: '2018-11-01' } });

    fireEvent.click(form.getByRole('button', { name: 'Simpan laporan' }));
    const dateError = await form.findByText('Tanggal tidak valid.');
    expect(first.getByLabelText('Tenggat (opsional)').getAttribute('aria-describedby')).toContain(dateError.id);

    fireEvent.click(form.getByRole('button', { name: 'Simpan laporan' }));
    expect(await screen.findByText('Laporan tersimpan.')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Susun perwali aset' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ubah laporan' })).toBeTruthy();
  });

  it('asks the visiting city to wait until the visit is completed', async () => {
    renderApp({ path: PATH, me: SOLOK_EDITOR, mocks: [pageMock(reportVisit({ state: 'CONFIRMED', cost: null }))] });
    expect(await screen.findByText('Laporan dapat diisi oleh kota pengunjung setelah kunjungan selesai.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Isi laporan' })).toBeNull();
  });

  it('offers the host city no form', async () => {
    renderApp({ path: PATH, me: viewer({ memberships: [membership(MEDAN, 'ADMIN')] }), mocks: [pageMock(reportVisit())] });
    expect(await screen.findByText('Kota pengunjung belum mengisi laporan.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Isi laporan' })).toBeNull();
  });

  it('says so for an unknown visit', async () => {
    renderApp({ path: PATH, mocks: [pageMock(null)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunjungan tidak ditemukan' })).toBeTruthy();
  });
});
