import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CommitMetricImportDocument, PreviewMetricImportDocument, UndoMetricImportDocument } from '../gql/features/graphql';
import { membership, SOLOK_CITY, viewer } from '../test/account-fixtures';
import { renderApp } from '../test/render-app';
import { cityMock, SOLOK } from './metrics-fixtures';

const SOLOK_EDITOR = viewer({ id: 'user-solok-editor', email: 'editor.solok@citybridge.demo', memberships: [membership(SOLOK_CITY, 'EDITOR')] });
const IMPORT_ID = 'import-1';
const CSV = 'kode_kota;indikator;tahun;nilai;sumber;judul_sumber\n13.72;population;2024;78.500;BPS;Dalam Angka\n';

const problem = (line: number, column: string | null, code: string, message: string) => ({ __typename: 'ImportProblem' as const, line, column, code, message, candidates: null });

function preview(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MetricImportPreview',
    importId: IMPORT_ID,
    encoding: 'UTF-8 BOM',
    hasBom: true,
    delimiter: 'SEMICOLON',
    decimalStyle: 'INDONESIAN',
    decimalStyleDetected: true,
    columns: ['kode_kota', 'indikator', 'tahun', 'nilai', 'sumber', 'judul_sumber'],
    mapping: [
      { __typename: 'ImportColumnMapping', field: 'cityCode', column: 'kode_kota' },
      { __typename: 'ImportColumnMapping', field: 'value', column: 'nilai' },
      { __typename: 'ImportColumnMapping', field: 'sourceTitle', column: 'judul_sumber' },
    ],
    rowCount: 1,
    sampleRows: [{ __typename: 'ImportSampleRow', cells: ['13.72', 'population', '2024', '78500', 'BPS', 'Dalam Angka'] }],
    errors: [],
    warnings: [problem(2, 'nilai', 'VALUE_JUMPS', 'Nilai ini 10 kali nilai tahun sebelumnya.')],
    alreadyImported: false,
    ...overrides,
  };
}

const metricImport = (status: string) => ({ __typename: 'MetricImport', id: IMPORT_ID, fileName: 'solok.csv', status, rowCount: 1, createdAt: '2026-12-01T10:00:00Z', committedAt: '2026-12-01T10:01:00Z', undoneAt: status === 'undone' ? '2026-12-01T10:02:00Z' : null });

function mocks(firstPreview = preview()) {
  return [
    cityMock(SOLOK),
    { request: { query: PreviewMetricImportDocument, variables: { input: { importId: IMPORT_ID, delimiter: null, decimalStyle: null } } }, result: { data: { previewMetricImport: { __typename: 'MetricImportPreviewPayload', preview: firstPreview, userErrors: [] } } } },
    {
      request: { query: CommitMetricImportDocument, variables: { input: { importId: IMPORT_ID, delimiter: 'SEMICOLON', decimalStyle: 'INDONESIAN', confirmWarnings: true } } },
      result: { data: { commitMetricImport: { __typename: 'CommitMetricImportPayload', import: metricImport('committed'), alreadyImported: false, userErrors: [] } } },
      delay: 50,
    },
    { request: { query: UndoMetricImportDocument, variables: { importId: IMPORT_ID } }, result: { data: { undoMetricImport: { __typename: 'UndoMetricImportPayload', import: metricImport('undone'), userErrors: [] } } } },
  ];
}

function mockUpload() {
  return jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ import: { importId: IMPORT_ID, fileSha256: 'abc', alreadyImported: false }, userErrors: [] }), { status: 201 }));
}

async function chooseAndUpload(label: string, button: string) {
  await screen.findByRole('button', { name: label }, { timeout: 20_000 });
  // Mantine's FileInput is a button over a hidden file input, which takes the chosen file.
  fireEvent.change(document.querySelector('input[type="file"]') as HTMLInputElement, { target: { files: [new File([CSV], 'solok.csv', { type: 'text/csv' })] } });
  await waitFor(() => expect(screen.getByRole('button', { name: button })).toHaveProperty('disabled', false));
  fireEvent.click(screen.getByRole('button', { name: button }));
}

beforeEach(() => localStorage.clear());

describe('import wizard', () => {
  it('uploads for the editor’s city, previews what was detected, confirms the warning, commits with progress, and undoes', async () => {
    const upload = mockUpload();
    renderApp({ path: '/metrik/impor', me: SOLOK_EDITOR, mocks: mocks() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Impor metrik dari CSV' }, { timeout: 20_000 })).toBeTruthy();
    await waitFor(() => expect((screen.getAllByLabelText('Kota yang datanya diimpor')[0] as HTMLInputElement).value).toBe('Kota Solok'));
    await chooseAndUpload('Berkas CSV', 'Unggah dan pratinjau');

    expect(await screen.findByText('UTF-8 (dengan BOM)')).toBeTruthy();
    const [url, init] = upload.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/metrics/imports');
    expect((init.headers as Record<string, string>)['apollo-require-preflight']).toBe('1');
    expect((init.body as FormData).get('city')).toBe('13.72');
    expect((screen.getAllByLabelText('Pemisah kolom')[0] as HTMLInputElement).value).toBe('Titik koma (;)');
    expect((screen.getAllByLabelText(/^Gaya desimal/)[0] as HTMLInputElement).value).toBe('Indonesia (1.234,5)');
    expect(screen.getByText('Terdeteksi dari berkas')).toBeTruthy();
    expect(screen.getByRole('row', { name: 'Judul sumber judul_sumber' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /^2 13\.72 population 2024 78500/ })).toBeTruthy();
    const warnings = screen.getByRole('table', { name: /Nilai yang jauh/ });
    expect(within(warnings).getByRole('row', { name: 'Baris 2 nilai Nilai ini 10 kali nilai tahun sebelumnya.' })).toBeTruthy();

    const commit = screen.getByRole('button', { name: 'Impor 1 baris' });
    expect(commit).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saya sudah memeriksa peringatan ini dan nilainya benar' }));
    fireEvent.click(commit);
    expect(await screen.findByRole('progressbar', { name: 'Kemajuan impor' })).toBeTruthy();
    expect(await screen.findByText('1 nilai dari solok.csv tersimpan.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Batalkan impor ini' }));
    expect(await screen.findByText('Semua nilai dari solok.csv telah dihapus.')).toBeTruthy();
  });

  it('in English: lists every error by line and column and cannot commit', async () => {
    mockUpload();
    const withErrors = preview({
      warnings: [],
      errors: [problem(3, 'nilai', 'NOT_A_NUMBER', '“abc” is not a number.'), problem(4, 'kode_kota', 'UNKNOWN_CITY', 'No city has the code 99.99.')],
    });
    renderApp({ path: '/metrik/impor', me: SOLOK_EDITOR, language: 'en', mocks: mocks(withErrors) });
    await chooseAndUpload('CSV file', 'Upload and preview');

    const errors = await screen.findByRole('table', { name: /Errors by line and column/ });
    expect(within(errors).getByRole('row', { name: 'Line 3 nilai “abc” is not a number.' })).toBeTruthy();
    expect(within(errors).getByRole('row', { name: 'Line 4 kode_kota No city has the code 99.99.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import 1 row' })).toHaveProperty('disabled', true);
  });

  it('asks a signed-out visitor to sign in', async () => {
    renderApp({ path: '/metrik/impor' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' }, { timeout: 20_000 })).toBeTruthy();
  });
});
