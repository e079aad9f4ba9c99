import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  EditorArchivePracticeDocument,
  EditorSubmitPracticeDocument,
  EditorUpdatePracticeDocument,
  type UpdatePracticeInput,
} from '../../gql/features/graphql';
import { userError } from '../../test/account-fixtures';
import { renderApp } from '../../test/render-app';
import { editorPractice, editorPracticeMock, MEDAN_ADMIN, MEDAN_EDITOR, practiceText, TOPICS_MOCK } from '../../test/practice-writing-fixtures';

beforeEach(() => localStorage.clear());

/** Answers every updatePractice with `answer(input)`; `sent` records each input. */
function updateMock(answer: (input: UpdatePracticeInput) => object, sent: UpdatePracticeInput[] = []): MockLink.MockedResponse {
  return {
    request: { query: EditorUpdatePracticeDocument, variables: () => true },
    result: (variables: { input: UpdatePracticeInput }) => {
      sent.push(variables.input);
      return { data: { updatePractice: { __typename: 'UpdatePracticePayload', userErrors: [], practice: null, ...answer(variables.input) } } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

const savedAs = (input: UpdatePracticeInput, version: number) => ({
  practice: editorPractice({
    version,
    texts: input.texts.map((text) => practiceText({ ...text, summary: text.summary ?? '', problem: text.problem ?? '' } as never)),
  }),
});

async function openEditor(mocks: MockLink.MockedResponse[], { me = MEDAN_EDITOR, language = 'id' as 'id' | 'en', practice = editorPractice() } = {}) {
  const view = renderApp({ path: '/praktik/p-1/ubah', me, language, mocks: [editorPracticeMock(practice), TOPICS_MOCK, ...mocks] });
  await screen.findByRole('heading', { level: 1, name: language === 'id' ? 'Ubah: Pengelolaan aset daerah' : 'Edit: Pengelolaan aset daerah' });
  return view;
}

const titleInput = () => screen.getByRole('textbox', { name: /^Judul/ }) as HTMLInputElement;
const status = () => screen.getByText((_, el) => el?.getAttribute('data-status') != null);

describe('practice editor', () => {
  it('shows every field of the stored draft and a live, sanitised Markdown preview', async () => {
    await openEditor([]);

    expect(document.title).toBe('Ubah: Pengelolaan aset daerah · CityBridge');
    expect(titleInput().value).toBe('Pengelolaan aset daerah');
    expect((screen.getByRole('textbox', { name: /^Perangkat daerah/ }) as HTMLInputElement).value).toBe('BPKAD Kota Medan');
    expect((screen.getByRole('combobox', { name: /^Topik/ }) as HTMLSelectElement).value).toBe('finance_assets');
    expect((screen.getByRole('checkbox', { name: 'Tata kelola (smart governance)' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: '11. Kota dan permukiman yang berkelanjutan' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: /^Tag/ }) as HTMLInputElement).value).toBe('aset, e-aset');
    expect((screen.getByRole('textbox', { name: /^Biaya/ }) as HTMLInputElement).value).toBe('1500000000');
    expect((screen.getByRole('textbox', { name: /^Alamat tautan 1/ }) as HTMLInputElement).value).toBe('https://pemkomedan.go.id');
    expect(status().textContent).toBe('Belum ada perubahan');

    const preview = screen.getByRole('region', { name: 'Pratinjau Bahasa Indonesia' });
    expect(within(preview).getByText('digital').tagName).toBe('STRONG');
    fireEvent.change(screen.getByRole('textbox', { name: /^Masalah/ }), {
      target: { value: 'Lihat [ini](javascript:alert(1)) <img src=x onerror="alert(1)"> dan _miring_' },
    });
    await waitFor(() => expect(within(preview).getByText('miring').tagName).toBe('EM'));
    expect(preview.innerHTML).not.toContain('javascript:');
    expect(preview.innerHTML).not.toContain('onerror');
  });

  it('lists the attachments and saves without a removed one (attachmentIds); a refusal shows next to the field', async () => {
    const file = { __typename: 'UploadedFile', id: 'f-1', filename: 'Laporan aset.pdf', contentType: 'application/pdf', byteSize: 2048, url: '/uploads/f-1/Laporan%20aset.pdf' };
    const sent: UpdatePracticeInput[] = [];
    const refused = { userErrors: [userError('attachmentIds', 'ATTACHMENT_NOT_ALLOWED', 'Lampirkan hanya berkas yang Anda unggah sendiri.')] };
    await openEditor([updateMock(() => refused, sent)], { practice: editorPractice({ attachments: [file] }) });

    const section = screen.getByRole('region', { name: 'Lampiran' });
    expect(within(section).getByRole('link', { name: 'Laporan aset.pdf' }).getAttribute('href')).toBe('/uploads/f-1/Laporan%20aset.pdf');
    expect(within(section).getByText('PDF, 2 kB')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Hapus Laporan aset.pdf dari lampiran' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.attachmentIds).toEqual([]);
    expect(await within(section).findByText('Lampirkan hanya berkas yang Anda unggah sendiri.')).toBeTruthy();
  });

  it('saves a draft by itself after a pause in typing, with the version it started from', async () => {
    const sent: UpdatePracticeInput[] = [];
    await openEditor([updateMock((input) => savedAs(input, 4), sent)]);

    fireEvent.change(titleInput(), { target: { value: 'Pengelolaan aset daerah terpadu' } });
    expect(status().textContent).toBe('Ada perubahan; tersimpan otomatis sebentar lagi');
    await waitFor(() => expect(status().textContent).toMatch(/^Tersimpan pukul \d\d[.:]\d\d$/));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      practiceId: 'p-1',
      expectedVersion: 3,
      topic: 'finance_assets',
      texts: [{ language: 'ID', title: 'Pengelolaan aset daerah terpadu' }],
      costAmount: 1500000000,
      costCurrency: 'IDR',
      links: [{ url: 'https://pemkomedan.go.id', label: 'Pemko Medan' }],
    });

    // The next save sends the version the last one answered with.
    fireEvent.change(titleInput(), { target: { value: 'Pengelolaan aset daerah terpadu (e-Aset)' } });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.expectedVersion).toBe(4);
  });

  it('saves a changed draft on the way out when the user leaves within the pause', async () => {
    const sent: UpdatePracticeInput[] = [];
    const { router } = await openEditor([updateMock((input) => savedAs(input, 4), sent)]);

    fireEvent.change(titleInput(), { target: { value: 'Judul sebelum pergi' } });
    await router.navigate('/profil');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.texts[0]?.title).toBe('Judul sebelum pergi');
  });

  it('on STALE_VERSION keeps the typed text, saves nothing more and offers to load the newer version', async () => {
    const sent: UpdatePracticeInput[] = [];
    const stale = userError('expectedVersion', 'STALE_VERSION', 'Orang lain telah mengubah praktik ini (sekarang versi 5).');
    const newer = editorPractice({ version: 5, texts: [practiceText({ language: 'ID', title: 'Judul dari rekan' })] });
    await openEditor([updateMock(() => ({ userErrors: [stale] }), sent), editorPracticeMock(newer)]);

    fireEvent.change(titleInput(), { target: { value: 'Judul saya' } });
    const alert = await screen.findByRole('alert', { name: 'Orang lain sudah mengubah praktik ini' });
    expect(within(alert).getByText('Orang lain telah mengubah praktik ini (sekarang versi 5).')).toBeTruthy();
    expect(status().textContent).toBe('Belum disimpan: ada versi yang lebih baru');
    expect(titleInput().value).toBe('Judul saya');

    fireEvent.change(titleInput(), { target: { value: 'Judul saya lagi' } });
    expect(sent).toHaveLength(1);

    fireEvent.click(within(alert).getByRole('button', { name: 'Muat versi terbaru' }));
    await waitFor(() => expect(titleInput().value).toBe('Judul dari rekan'));
    expect(screen.queryByRole('alert', { name: 'Orang lain sudah mengubah praktik ini' })).toBeNull();
    expect(status().textContent).toBe('Belum ada perubahan');
  });

  it('checks the fields while typing and does not send what the API would refuse', async () => {
    const sent: UpdatePracticeInput[] = [];
    await openEditor([updateMock(() => ({}), sent)]);

    fireEvent.change(titleInput(), { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Tahun mulai/ }), { target: { value: '1800' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Alamat tautan 1/ }), { target: { value: 'ftp://contoh' } });
    expect(await screen.findByText('Judul wajib diisi untuk setiap bahasa yang ditulis.')).toBeTruthy();
    expect(screen.getByText('Tahun harus antara 1945 dan 2100.')).toBeTruthy();
    expect(screen.getByText('Tautan harus diawali http:// atau https://.')).toBeTruthy();
    expect(status().textContent).toBe('Belum disimpan: periksa isian yang ditandai');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan sekarang' }));
    expect(sent).toHaveLength(0);
  });

  it("puts the API's userErrors next to the fields they name", async () => {
    const tooLong = userError('texts.0.summary', 'TOO_LONG', 'Ringkasan terlalu panjang menurut server.');
    await openEditor([updateMock(() => ({ userErrors: [tooLong] }))]);

    fireEvent.change(screen.getByRole('textbox', { name: /^Ringkasan/ }), { target: { value: 'Ringkasan baru' } });
    expect(await screen.findByText('Ringkasan terlalu panjang menurut server.')).toBeTruthy();
    const summary = screen.getByRole('textbox', { name: /^Ringkasan/ });
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    expect(status().textContent).toBe('Belum disimpan: periksa isian yang ditandai');
  });

  it('submits for review after a confirmation, saving unsaved changes first', async () => {
    const sent: UpdatePracticeInput[] = [];
    const submitted: unknown[] = [];
    const submitMock = {
      request: { query: EditorSubmitPracticeDocument, variables: { input: { practiceId: 'p-1', expectedVersion: 4 } } },
      result: () => {
        submitted.push(true);
        return { data: { submitPractice: { __typename: 'SubmitPracticePayload', userErrors: [], practice: editorPractice({ state: 'IN_REVIEW', version: 5, allowedActions: ['PRACTICE_EDIT'] }) } } };
      },
    };
    await openEditor([updateMock((input) => savedAs(input, 4), sent), submitMock]);

    fireEvent.change(screen.getByRole('textbox', { name: /^Hasil/ }), { target: { value: 'Semua aset tercatat.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan untuk ditinjau' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajukan untuk ditinjau?' });
    expect(within(dialog).getByText(/akan dikirim ke admin Kota Medan/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajukan' }));

    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(sent[0]?.texts[0]?.results).toBe('Semua aset tercatat.');
    expect(await screen.findByRole('status', { name: 'Menunggu tinjauan' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ajukan untuk ditinjau' })).toBeNull();
  });

  it('shows the reviewer comment of a draft sent back', async () => {
    await openEditor([], { practice: editorPractice({ reviewComment: 'Tambahkan angka hasilnya.', reviewedAt: '2026-03-03T03:00:00.000Z' }) });
    expect(screen.getByText('Dikembalikan oleh peninjau untuk diperbaiki')).toBeTruthy();
    expect(screen.getByText('Tambahkan angka hasilnya.')).toBeTruthy();
  });

  it('lets a city admin archive after a confirmation', async () => {
    const archived = editorPractice({ state: 'ARCHIVED', allowedActions: [] });
    const archiveMock = {
      request: { query: EditorArchivePracticeDocument, variables: { input: { practiceId: 'p-1' } } },
      result: { data: { archivePractice: { __typename: 'ArchivePracticePayload', userErrors: [], practice: archived } } },
    };
    const adminPractice = editorPractice({ allowedActions: ['PRACTICE_EDIT', 'PRACTICE_SUBMIT', 'PRACTICE_ARCHIVE', 'PRACTICE_VIEW_DRAFT'] });
    await openEditor([archiveMock], { me: MEDAN_ADMIN, practice: adminPractice });

    fireEvent.click(screen.getByRole('button', { name: 'Arsipkan…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Arsipkan praktik ini?' });
    expect(within(dialog).getByText(/tidak dapat dibatalkan/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Arsipkan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Praktik diarsipkan' })).toBeTruthy();
  });

  it('an editor sees no archive button', async () => {
    await openEditor([]);
    expect(screen.queryByRole('button', { name: 'Arsipkan…' })).toBeNull();
  });

  it('speaks English', async () => {
    const sent: UpdatePracticeInput[] = [];
    await openEditor([updateMock((input) => savedAs(input, 4), sent)], { language: 'en' });

    expect(screen.getByRole('tab', { name: /Bahasa Indonesia/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'English (optional)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeTruthy();
    expect(status().textContent).toBe('No changes yet');
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), { target: { value: '' } });
    expect(await screen.findByText('Every language you write in needs a title.')).toBeTruthy();
    expect(status().textContent).toBe('Not saved: check the marked fields');
  });

  it('asks a signed-out visitor to sign in', async () => {
    renderApp({ path: '/praktik/p-1/ubah', mocks: [TOPICS_MOCK] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeTruthy();
  });
});
