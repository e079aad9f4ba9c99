import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { createI18n, type Language } from '../app/i18n';
import { UiProviders } from '../app/providers';
import type { UploadedFile, UploadResult, uploadFile } from '../uploads/public';
import { AttachmentsField } from './attachments-field';

const stored = (id: string, filename: string, contentType = 'application/pdf', byteSize = 1_572_864): UploadedFile => ({
  id,
  filename,
  contentType,
  byteSize,
  url: `/uploads/${id}/${filename}`,
  isDemo: false,
});
const EXISTING = stored('u-old', 'Laporan 2018.pdf', 'application/pdf', 840_000);

interface HarnessProps {
  upload: typeof uploadFile;
  error: string | null;
  initial: string[];
  changes: string[][];
}

/** The field in a form that keeps its value, as the editor does; `changes` records every onChange. */
function Harness({ upload, error, initial, changes }: HarnessProps) {
  const [ids, setIds] = useState<string[]>(initial);
  return (
    <AttachmentsField
      value={ids}
      initialFiles={[EXISTING]}
      citySlug="kota-medan"
      error={error}
      upload={upload}
      onChange={(next) => {
        changes.push(next);
        setIds(next);
      }}
    />
  );
}

function renderField(upload: typeof uploadFile, { language = 'id' as Language, error = null as string | null, initial = [EXISTING.id] } = {}) {
  const changes: string[][] = [];
  render(
    <UiProviders i18n={createI18n(language)} env="test">
      <Harness upload={upload} error={error} initial={initial} changes={changes} />
    </UiProviders>,
  );
  return { changes };
}

const choose = (label: RegExp | string, ...files: File[]) => fireEvent.change(screen.getByLabelText(label), { target: { files } });
const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' });

describe('AttachmentsField', () => {
  it('lists the attached files with their type and size, and accepts only the types the API takes', () => {
    renderField(jest.fn());
    const input = screen.getByLabelText('Tambah lampiran') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('application/pdf');
    expect(input.accept).toContain('.webp');
    expect(screen.getByRole('link', { name: 'Laporan 2018.pdf' }).getAttribute('href')).toBe('/uploads/u-old/Laporan 2018.pdf');
    expect(screen.getByText('PDF, 820 kB')).toBeTruthy();
  });

  it('uploads a chosen file for the city, says so while it runs, then adds it to the value', async () => {
    let finish: (result: UploadResult) => void = () => undefined;
    const upload = jest.fn(() => new Promise<UploadResult>((resolve) => (finish = resolve)));
    const { changes } = renderField(upload);
    choose('Tambah lampiran', new File(['png'], 'Peta.png', { type: 'image/png' }));
    expect(await screen.findByText('Mengunggah Peta.png…')).toBeTruthy();
    expect((screen.getByLabelText('Tambah lampiran') as HTMLInputElement).disabled).toBe(true);
    expect(upload).toHaveBeenCalledWith(expect.any(File), { language: 'id', citySlug: 'kota-medan' });
    finish({ upload: stored('u-new', 'Peta.png', 'image/png', 2048), userErrors: [] });
    await waitFor(() => expect(changes).toEqual([['u-old', 'u-new']]));
    expect(screen.queryByText('Mengunggah Peta.png…')).toBeNull();
    expect(screen.getByRole('img', { name: 'Peta.png' }).getAttribute('src')).toBe('/uploads/u-new/Peta.png');
    expect(screen.getByText('Gambar, 2 kB')).toBeTruthy();
  });

  it('removes a file from the value with its button', () => {
    const { changes } = renderField(jest.fn());
    fireEvent.click(screen.getByRole('button', { name: 'Hapus Laporan 2018.pdf dari lampiran' }));
    expect(changes).toEqual([[]]);
    expect(screen.queryByRole('link', { name: 'Laporan 2018.pdf' })).toBeNull();
    expect(screen.getByText('Belum ada lampiran.')).toBeTruthy();
  });

  it("shows the API's refusal next to the field, in English when the reader reads English, and adds nothing", async () => {
    const upload = jest.fn(async () => ({
      upload: null,
      userErrors: [{ field: 'file', code: 'FILE_TYPE_UNSUPPORTED', message: 'This type of file is not accepted. Upload a PDF, PNG, JPEG or WebP.' }],
    }));
    const { changes } = renderField(upload, { language: 'en' });
    choose('Add attachments', pdf('setup.exe.pdf'));
    const message = await screen.findByText('setup.exe.pdf could not be uploaded: This type of file is not accepted. Upload a PDF, PNG, JPEG or WebP.');
    expect(upload).toHaveBeenCalledWith(expect.any(File), { language: 'en', citySlug: 'kota-medan' });
    const input = screen.getByLabelText('Add attachments');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(message.closest('[id]')?.id);
    expect(changes).toEqual([]);
  });

  it('says when the network failed, and shows the save\'s userError on attachmentIds', async () => {
    const upload = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    renderField(upload, { error: 'Lampirkan hanya berkas yang Anda unggah sendiri atau yang sudah terlampir pada praktik ini.' });
    expect(screen.getByText('Lampirkan hanya berkas yang Anda unggah sendiri atau yang sudah terlampir pada praktik ini.')).toBeTruthy();
    choose('Tambah lampiran', pdf('Anggaran.pdf'));
    expect(await screen.findByText('Anggaran.pdf tidak dapat diunggah. Periksa koneksi Anda lalu coba lagi.')).toBeTruthy();
  });

  it('stops at 10 attachments', async () => {
    // Nine attached (eight of them ids only: the field lists the files it knows), room for one more.
    const others = Array.from({ length: 8 }, (_, i) => `u-${i}`);
    const upload = jest.fn(async (file: File) => ({ upload: stored(`u-${file.name}`, file.name), userErrors: [] as [] }));
    const { changes } = renderField(upload, { initial: [EXISTING.id, ...others] });
    choose('Tambah lampiran', pdf('a.pdf'), pdf('b.pdf'));
    expect(await screen.findByText('Paling banyak 10 lampiran.')).toBeTruthy();
    expect(upload).toHaveBeenCalledTimes(1);
    expect(changes.at(-1)).toHaveLength(10);
    expect(within(screen.getByRole('list', { name: 'Lampiran' })).getAllByRole('listitem')).toHaveLength(2);
  });
});
