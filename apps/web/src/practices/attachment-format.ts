import { type Language, localeFor } from '../app/i18n';

export type AttachmentKind = 'pdf' | 'image' | 'file';

/** What the reader is told a file is, from the type the API found in its bytes. */
export function attachmentKind(contentType: string): AttachmentKind {
  if (contentType === 'application/pdf') return 'pdf';
  return contentType.startsWith('image/') ? 'image' : 'file';
}

/** A file's size the way the reader writes numbers: "820 kB", "1,5 MB" (Indonesian) or "1.5 MB" (English). */
export function fileSize(bytes: number, language: Language): string {
  const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(localeFor(language), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value);
}
