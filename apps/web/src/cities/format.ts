import { formatIndonesianNumber, formatUtcOffset, utcOffsetMinutes } from '@citybridge/domain';
import { type Language, localeFor } from '../app/i18n';

/** "Asia/Makassar" → "UTC+8": the offset in force at the instant, from the browser's tz database. */
export function formatZoneOffset(iana: string, at: Date = new Date()): string {
  return formatUtcOffset(utcOffsetMinutes(iana, at));
}

/** Numbers follow the UI language: "62.000" / "57,64" in Indonesian, "62,000" / "57.64" in English. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  if (language === 'id') return formatIndonesianNumber(value, { maximumFractionDigits });
  return new Intl.NumberFormat(localeFor(language), { maximumFractionDigits }).format(value);
}

/** "2018-10-05" → "5 Okt 2018" / "5 Oct 2018". Anything else is shown as given. */
export function formatIsoDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
