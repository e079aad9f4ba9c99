/**
 * What may be uploaded (attachments of practices): PDF and raster images, up to 10 MB each, the type
 * told by the file's first bytes, never by its name or the type the browser declares. SVG and HTML
 * are never accepted: a browser runs the scripts they may carry.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Longest stored file name, in characters (the extension included). */
export const MAX_UPLOAD_FILENAME_LENGTH = 120;

export const UPLOAD_TYPES = {
  'application/pdf': { extensions: ['pdf'] },
  'image/png': { extensions: ['png'] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'] },
  'image/webp': { extensions: ['webp'] },
} as const;

export type UploadContentType = keyof typeof UPLOAD_TYPES;

/** Bytes needed to tell every accepted type apart. */
export const FILE_SIGNATURE_BYTES = 12;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The accepted type the first bytes of a file show, or null (unknown, or too few bytes). */
export function detectUploadType(head: Uint8Array): UploadContentType | null {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF, a 4-byte size, then WEBP.
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/**
 * A declared type (the part's Content-Type) that contradicts the bytes. Browsers send
 * application/octet-stream (or nothing) for a type they do not know: that declares nothing.
 */
export function declaredTypeContradicts(declared: string | undefined, detected: UploadContentType): boolean {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (type === '' || type === 'application/octet-stream') return false;
  // image/jpg is not registered but common.
  return type !== detected && !(detected === 'image/jpeg' && type === 'image/jpg');
}

/**
 * A file name safe to store, show and send in a header: the last path segment, without control,
 * quote, slash or reserved characters, spaces collapsed, at most MAX_UPLOAD_FILENAME_LENGTH
 * characters, and ending with an extension of the detected type (a PNG named "scan.pdf" becomes
 * "scan.png"; a name left empty becomes "file.<ext>").
 */
export function safeUploadFilename(original: string | undefined, type: UploadContentType): string {
  const extensions: readonly string[] = UPLOAD_TYPES[type].extensions;
  const last = (original ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    // Controls, format characters (bidi overrides), characters reserved on common file systems, and quotes.
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*'`;]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/, '');
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  // The extension of another accepted type is replaced; any other (".exe") stays part of the name.
  const known = Object.values(UPLOAD_TYPES).some((t) => (t.extensions as readonly string[]).includes(ext));
  const stem = (known ? cleaned.slice(0, dot) : cleaned).trim() || 'file';
  const suffix = `.${extensions.includes(ext) ? ext : extensions[0]}`;
  // Cut by code points, so no character is left half.
  const room = MAX_UPLOAD_FILENAME_LENGTH - suffix.length;
  return [...stem].slice(0, room).join('').trim() + suffix;
}
