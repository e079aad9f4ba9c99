import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RecordAdoptionDocument } from '../gql/features/graphql';
import { membership, viewer } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import {
  APP_CARD,
  ASSET_ID,
  adoption,
  adoptionsMock,
  fullPractice,
  MEDAN,
  practiceMock,
  SOLOK,
  SURABAYA,
  WASTE_CARD,
} from './practice-fixtures';

beforeEach(() => localStorage.clear());

const PATH = `/praktik/${ASSET_ID}`;
const SOLOK_EDITOR = viewer({
  id: 'user-solok-editor',
  email: 'editor.solok@citybridge.demo',
  displayName: 'Editor Kota Solok (demo)',
  isDemo: true,
  memberships: [membership(SOLOK, 'EDITOR')],
});

/** The value next to a label in the practice's facts. */
function fact(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('practice page', () => {
  it('shows the practice as a reading view: facts, sections, links and contact', async () => {
    renderApp({ path: PATH, mocks: [practiceMock(ASSET_ID, fullPractice()), adoptionsMock(ASSET_ID)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pengelolaan aset daerah Kota Medan' })).toBeTruthy();
    expect(document.title).toBe('Pengelolaan aset daerah Kota Medan · CityBridge');
    expect(screen.getByRole('link', { name: 'Kota Medan' }).getAttribute('href')).toBe('/kota/kota-medan');
    expect(fact('Perangkat daerah')).toBe('Badan Pengelolaan Keuangan dan Aset Daerah');
    expect(fact('Topik')).toBe('Keuangan dan aset daerah');
    expect(fact('Dimensi smart city')).toBe('Smart governance');
    expect(fact('SDG')).toBe(
      'SDG 11: Kota dan permukiman yang berkelanjutan; SDG 16: Perdamaian, keadilan, dan kelembagaan yang tangguh',
    );
    expect(fact('Tahun')).toBe('sejak 2016');
    expect(fact('Biaya')).toMatch(/^Rp\s1\.250\.000\.000 \(tahun 2019\)$/);
    for (const section of ['Ringkasan', 'Masalah', 'Pendekatan', 'Hasil']) {
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeTruthy();
    }
    // An empty section is left out.
    expect(screen.queryByRole('heading', { level: 2, name: 'Pelajaran' })).toBeNull();
    expect(screen.getByText('Inventarisasi barang milik daerah').tagName).toBe('LI');
    const source = screen.getByRole('link', { name: /^Beritasumut\.com \(2018\)/ });
    expect(source.getAttribute('href')).toBe('https://beritasumut.com');
    expect(source.getAttribute('rel')).toContain('noopener');
    expect(screen.getByText('BPKAD Kota Medan, Jl. Kapten Maulana Lubis No. 2')).toBeTruthy();
  });

  it('lists the attachments with type and size in the reader\'s language, linked to the file; an image shows a preview', async () => {
    const attachments = [
      { __typename: 'UploadedFile' as const, id: 'f1', filename: 'Laporan aset 2018.pdf', contentType: 'application/pdf', byteSize: 1_572_864, url: '/uploads/f1/Laporan%20aset%202018.pdf' },
      { __typename: 'UploadedFile' as const, id: 'f2', filename: 'Peta aset.png', contentType: 'image/png', byteSize: 84_000, url: '/uploads/f2/Peta%20aset.png' },
    ];
    for (const [language, heading, pdf, image] of [
      ['id', 'Lampiran', 'PDF, 1,5 MB', 'Gambar, 82 kB'],
      ['en', 'Attachments', 'PDF, 1.5 MB', 'Image, 82 kB'],
    ] as const) {
      const view = renderApp({ path: PATH, language, mocks: [practiceMock(ASSET_ID, fullPractice({ attachments })), adoptionsMock(ASSET_ID)] });
      const section = (await screen.findByRole('heading', { level: 2, name: heading })).closest('section') as HTMLElement;
      expect(within(section).getByRole('link', { name: 'Laporan aset 2018.pdf' }).getAttribute('href')).toBe('/uploads/f1/Laporan%20aset%202018.pdf');
      expect(within(section).getByText(pdf)).toBeTruthy();
      expect(within(section).getByText(image)).toBeTruthy();
      expect(within(section).getByRole('img', { name: 'Peta aset.png' }).getAttribute('src')).toBe('/uploads/f2/Peta%20aset.png');
      view.unmount();
    }
  });

  it('has no attachments section when there are none', async () => {
    renderApp({ path: PATH, mocks: [practiceMock(ASSET_ID, fullPractice()), adoptionsMock(ASSET_ID)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengelolaan aset daerah Kota Medan' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Lampiran' })).toBeNull();
  });

  it('marks a demo practice and says when it is based on the 2018 article', async () => {
    renderApp({ path: PATH, mocks: [practiceMock(ASSET_ID, fullPractice()), adoptionsMock(ASSET_ID)] });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Demo')).toBeTruthy();
    expect(screen.getByText('Praktik demo ini disusun berdasarkan berita tahun 2018; rinciannya adalah contoh.')).toBeTruthy();
  });

  it('switches between the language versions and sets lang on the content', async () => {
    renderApp({ path: PATH, mocks: [practiceMock(ASSET_ID, fullPractice()), adoptionsMock(ASSET_ID)] });
    const title = await screen.findByRole('heading', { level: 1, name: 'Pengelolaan aset daerah Kota Medan' });
    expect(title.getAttribute('lang')).toBe('id');

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));

    const english = await screen.findByRole('heading', { level: 1, name: 'Regional asset management in Kota Medan' });
    expect(english.getAttribute('lang')).toBe('en');
    expect(screen.getByText('Record first, then use.').closest('[lang]')?.getAttribute('lang')).toBe('en');
    // The interface stays Indonesian.
    expect(screen.getByRole('heading', { level: 2, name: 'Pelajaran' })).toBeTruthy();
  });

  it('has no language switch when only one version exists', async () => {
    const practice = fullPractice();
    renderApp({
      path: PATH,
      mocks: [practiceMock(ASSET_ID, { ...practice, texts: practice.texts.slice(0, 1) }), adoptionsMock(ASSET_ID)],
    });
    await screen.findByRole('heading', { level: 1, name: 'Pengelolaan aset daerah Kota Medan' });
    expect(screen.queryByRole('radio', { name: 'English' })).toBeNull();
  });

  it('renders hostile HTML from the API as harmless text', async () => {
    const practice = fullPractice();
    const [id] = practice.texts;
    const hostile = {
      ...id,
      summaryHtml:
        '<p>Awal</p><script>window.hacked=1</script><img src="x" onerror="window.hacked=1"><p><a href="javascript:window.hacked=1">klik</a></p>',
    } as typeof id;
    renderApp({ path: PATH, mocks: [practiceMock(ASSET_ID, { ...practice, texts: [hostile] }), adoptionsMock(ASSET_ID)] });

    const start = await screen.findByText('Awal');
    const body = start.closest('.practice-body') as HTMLElement;
    expect(body.querySelector('script, img, [onerror]')).toBeNull();
    expect(within(body).getByText('klik').getAttribute('href')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('says how many cities adopted it, lists them and shows similar practices', async () => {
    renderApp({
      path: PATH,
      mocks: [
        practiceMock(ASSET_ID, fullPractice()),
        adoptionsMock(ASSET_ID, {
          adoptions: [
            adoption('a1', SOLOK, 'IN_PROGRESS', '2018-10-05', 'Belajar dari kunjungan kerja.'),
            adoption('a2', SURABAYA, 'PLANNED'),
          ],
          similar: [APP_CARD, WASTE_CARD],
        }),
      ],
    });

    expect(await screen.findByText('Diadopsi oleh 2 kota')).toBeTruthy();
    const adoptions = within(screen.getByRole('heading', { name: 'Adopsi' }).closest('section') as HTMLElement);
    expect(adoptions.getByRole('link', { name: 'Kota Solok' }).getAttribute('href')).toBe('/kota/kota-solok');
    expect(adoptions.getByText('Sedang berjalan · sejak 5 Okt 2018')).toBeTruthy();
    expect(adoptions.getByText('Belajar dari kunjungan kerja.')).toBeTruthy();
    expect(adoptions.getByText('Direncanakan')).toBeTruthy();
    const similar = within(screen.getByRole('heading', { name: 'Praktik serupa' }).closest('section') as HTMLElement);
    expect(similar.getByRole('link', { name: 'Aplikasi Medan Rumah Kita' })).toBeTruthy();
    expect(similar.getByRole('link', { name: 'Bank sampah kampung' })).toBeTruthy();
    // Anonymous visitors get no adoption form.
    expect(screen.queryByRole('form', { name: 'Catat adopsi' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ajukan kunjungan ke Kota Medan' })).toBeNull();
  });

  it('lets an editor of another city record an adoption, with userErrors next to the fields', async () => {
    const input = { practiceId: ASSET_ID, citySlug: 'kota-solok', status: 'IN_PROGRESS', adoptedOn: '2018-10-05', notes: 'Dari kunjungan kerja.' };
    const recorded = adoption('a-new', SOLOK, 'IN_PROGRESS', '2018-10-05', 'Dari kunjungan kerja.');
    renderApp({
      path: PATH,
      me: SOLOK_EDITOR,
      mocks: [
        practiceMock(ASSET_ID, fullPractice()),
        adoptionsMock(ASSET_ID),
        {
          request: { query: RecordAdoptionDocument, variables: { input } },
          result: {
            data: {
              recordAdoption: {
                __typename: 'RecordAdoptionPayload',
                adoption: null,
                userErrors: [{ __typename: 'UserError', field: 'adoptedOn', code: 'INVALID_DATE', message: 'Tanggal tidak boleh di masa depan.' }],
              },
            },
          },
        },
        {
          request: { query: RecordAdoptionDocument, variables: { input } },
          result: { data: { recordAdoption: { __typename: 'RecordAdoptionPayload', adoption: recorded, userErrors: [] } } },
        },
        adoptionsMock(ASSET_ID, { adoptions: [recorded] }),
      ],
    });

    const form = within(await screen.findByRole('form', { name: 'Catat adopsi' }));
    expect(form.getByText('Kota Solok mengadopsi atau berencana mengadopsi praktik ini?')).toBeTruthy();
    fireEvent.change(form.getByRole('combobox', { name: 'Status' }), { target: { value: 'IN_PROGRESS' } });
    fireEvent.change(form.getByLabelText('Tanggal (opsional)'), { target: { value: '2018-10-05' } });
    fireEvent.change(form.getByRole('textbox', { name: 'Catatan (opsional)' }), { target: { value: 'Dari kunjungan kerja.' } });
    fireEvent.click(form.getByRole('button', { name: 'Catat adopsi' }));

    const dateError = await form.findByText('Tanggal tidak boleh di masa depan.');
    expect(form.getByLabelText('Tanggal (opsional)').getAttribute('aria-describedby')).toContain(dateError.id);

    fireEvent.click(form.getByRole('button', { name: 'Catat adopsi' }));
    expect(await screen.findByText('Adopsi oleh Kota Solok sudah dicatat.')).toBeTruthy();
    expect(await screen.findByText('Diadopsi oleh 1 kota')).toBeTruthy();
    expect(screen.getByText('Sedang berjalan · sejak 5 Okt 2018')).toBeTruthy();
  });

  it('offers editors of another city to request a visit to study it, in the wizard prefilled', async () => {
    renderApp({ path: PATH, me: SOLOK_EDITOR, mocks: [practiceMock(ASSET_ID, fullPractice()), adoptionsMock(ASSET_ID)] });
    const link = await screen.findByRole('link', { name: 'Ajukan kunjungan ke Kota Medan' });
    expect(link.getAttribute('href')).toBe(`/kunjungan/ajukan?tuan-rumah=kota-medan&praktik=${ASSET_ID}`);
  });

  it('offers no adoption form to the practice’s own city', async () => {
    renderApp({
      path: PATH,
      me: viewer({ memberships: [membership(MEDAN, 'EDITOR')] }),
      mocks: [practiceMock(ASSET_ID, fullPractice()), adoptionsMock(ASSET_ID)],
    });
    expect(await screen.findByText('Diadopsi oleh 0 kota')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Catat adopsi' })).toBeNull();
  });

  it('shows the state of a draft to its editors', async () => {
    renderApp({
      path: PATH,
      me: viewer({ memberships: [membership(MEDAN, 'EDITOR')] }),
      mocks: [practiceMock(ASSET_ID, fullPractice({ state: 'DRAFT', isDemo: false })), adoptionsMock(ASSET_ID)],
    });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('Draf')).toBeTruthy();
    expect(screen.queryByText('Demo')).toBeNull();
  });

  it('takes its editors to the editor and everyone to the published history', async () => {
    renderApp({
      path: PATH,
      me: viewer({ memberships: [membership(MEDAN, 'EDITOR')] }),
      mocks: [practiceMock(ASSET_ID, fullPractice({ allowedActions: ['PRACTICE_EDIT', 'PRACTICE_SUBMIT'] })), adoptionsMock(ASSET_ID)],
    });
    expect((await screen.findByRole('link', { name: 'Ubah praktik' })).getAttribute('href')).toBe(`/praktik/${ASSET_ID}/ubah`);
    expect(screen.getByRole('link', { name: 'Riwayat revisi' }).getAttribute('href')).toBe(`/praktik/${ASSET_ID}/riwayat`);
  });

  it('offers a visitor the history but not the editor', async () => {
    renderApp({ path: PATH, mocks: [practiceMock(ASSET_ID, fullPractice()), adoptionsMock(ASSET_ID)] });
    expect(await screen.findByRole('link', { name: 'Riwayat revisi' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ubah praktik' })).toBeNull();
  });

  it('shows the not-found view for an unknown id', async () => {
    renderApp({ path: '/praktik/tidak-ada', mocks: [practiceMock('tidak-ada', null)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Praktik tidak ditemukan' })).toBeTruthy();
    expect(screen.getByText('Tidak ada praktik dengan alamat “tidak-ada”, atau praktik ini belum terbit.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka pustaka praktik' }).getAttribute('href')).toBe('/praktik');
  });

  it('shows an error with a retry button', async () => {
    renderApp({
      path: PATH,
      mocks: [
        { request: practiceMock(ASSET_ID, null).request, error: new Error('network down') },
        practiceMock(ASSET_ID, fullPractice()),
        adoptionsMock(ASSET_ID),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Praktik tidak dapat dimuat.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengelolaan aset daerah Kota Medan' })).toBeTruthy();
  });

  it('speaks English: the English version first, labels and the cost in English format', async () => {
    renderApp({
      path: PATH,
      language: 'en',
      mocks: [
        practiceMock(ASSET_ID, fullPractice()),
        adoptionsMock(ASSET_ID, { adoptions: [adoption('a1', SOLOK, 'DONE')] }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Regional asset management in Kota Medan' })).toBeTruthy();
    expect(fact('Topic')).toBe('Finance and regional assets');
    expect(fact('Cost')).toMatch(/^IDR\s1,250,000,000 \(2019\)$/);
    expect(fact('Years')).toBe('since 2016');
    expect(screen.getByText('This demo practice is based on a 2018 news article; its details are illustrative.')).toBeTruthy();
    expect(await screen.findByText('Adopted by 1 city')).toBeTruthy();
    expect(screen.getByText('Done')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Similar practices' })).toBeTruthy());
  });
});
