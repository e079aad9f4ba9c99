import { type Language, localeFor } from './i18n';

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An API DateTime in the viewer's time zone and UI language, e.g. "5 Okt 2026, 14.30". */
export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    date,
  );
}

/** The date part only, e.g. "5 Okt 2026". */
export function formatDate(iso: string, language: Language, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeZone }).format(date);
}
