import { MAX_UPLOAD_BYTES, UPLOAD_TYPES } from '@citybridge/domain';
import type { Language } from '../app/i18n';

/** A stored file as POST /uploads answers it (the same fields as the GraphQL type UploadedFile). */
export interface UploadedFile {
  id: string;
  filename: string;
  contentType: string;
  byteSize: number;
  url: string;
  isDemo: boolean;
}

export interface UploadError {
  field: string | null;
  code: string;
  /** In the language sent as Accept-Language. */
  message: string;
}

export type UploadResult = { upload: UploadedFile; userErrors: [] } | { upload: null; userErrors: UploadError[] };

/** For `<input type="file" accept={UPLOAD_ACCEPT}>`: the types the API takes (it checks the bytes again). */
export const UPLOAD_ACCEPT = [...Object.keys(UPLOAD_TYPES), ...Object.values(UPLOAD_TYPES).flatMap((t) => t.extensions.map((e) => `.${e}`))].join(',');
export { MAX_UPLOAD_BYTES };

export interface UploadOptions {
  language: Language;
  /** The city the file is for (the uploader must edit it); optional. */
  citySlug?: string;
  signal?: AbortSignal;
  /** For tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/**
 * Sends one file to POST /uploads with the session cookie and the CSRF header the API requires.
 * Refusals (type, size, rights, rate limit) come back as userErrors with messages from the API;
 * only a network failure or an answer that is not the API's throws.
 */
export async function uploadFile(file: File, { language, citySlug, signal, fetch: fetchFn = fetch }: UploadOptions): Promise<UploadResult> {
  const form = new FormData();
  // The city goes first: the API reads the fields before the file only.
  if (citySlug) form.append('city', citySlug);
  form.append('file', file, file.name);
  const res = await fetchFn('/uploads', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true', 'accept-language': language },
    signal,
  });
  const body = (await res.json().catch(() => null)) as UploadResult | null;
  if (!body || !Array.isArray(body.userErrors)) throw new Error(`POST /uploads answered ${res.status}`);
  return body;
}
