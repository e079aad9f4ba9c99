import type { Language } from '../app/i18n';

export interface ImportUploadError {
  field: string | null;
  code: string;
  message: string;
}

/** What POST /metrics/imports answers: the stored upload, or why not. */
export type ImportUpload =
  | { import: { importId: string; fileSha256: string; alreadyImported: boolean }; userErrors: [] }
  | { import: null; userErrors: ImportUploadError[] };

/**
 * Sends a CSV to POST /metrics/imports with the session cookie and the CSRF header the API requires.
 * The API's refusals (too large, empty, unknown city, not allowed) come back as userErrors; only a
 * network failure or an answer that is not the API's throws.
 */
export async function uploadImport(file: File, { cityCode, language }: { cityCode: string | null; language: Language }): Promise<ImportUpload> {
  const form = new FormData();
  // The city goes first: the API reads the fields before the file only.
  if (cityCode) form.append('city', cityCode);
  form.append('file', file, file.name);
  const res = await fetch('/metrics/imports', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': '1', 'accept-language': language },
  });
  const body = (await res.json().catch(() => null)) as ImportUpload | null;
  if (!body || !Array.isArray(body.userErrors)) throw new Error(`POST /metrics/imports answered ${res.status}`);
  return body;
}
