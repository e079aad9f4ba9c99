import { formatUtcOffset, isLocalDateTime, TIME_ZONES, utcOffsetMinutes, utcToZonedLocal, zonedLocalToUtc } from '@citybridge/domain';
import { type Language, localeFor } from '../app/i18n';

// Visits are entered and shown in the host's zone, with the visiting city's local time alongside
// (issue 11). The API stores UTC and takes windows as local "2018-10-05T09:00" in the host's zone.

/** "WIB", "WITA", "WIT" for Indonesia's zones, else the IANA name with its offset. */
export function zoneLabel(iana: string, at: Date = new Date()): string {
  const known = Object.values(TIME_ZONES).find((zone) => zone.iana === iana);
  if (known) return known.label;
  try {
    return `${iana} (${formatUtcOffset(utcOffsetMinutes(iana, at))})`;
  } catch {
    return iana;
  }
}

/** A local date-time "2018-10-05T09:00" in `iana` as an instant; null when it is not one. */
export function localToUtc(local: string, iana: string): Date | null {
  return isLocalDateTime(local) ? zonedLocalToUtc(local, iana) : null;
}

function dayKey(date: Date, iana: string): string {
  return utcToZonedLocal(date, iana).slice(0, 10);
}

/**
 * A time range in a zone and language, with the zone's label:
 * "Jumat, 5 Oktober 2018 09.00–12.00 WIB", or both dates when it spans days.
 */
export function formatRange(startIso: string, endIso: string, iana: string, language: Language): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  const locale = localeFor(language);
  const day = new Intl.DateTimeFormat(locale, { timeZone: iana, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: iana, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const label = zoneLabel(iana, start);
  if (dayKey(start, iana) === dayKey(end, iana)) return `${day.format(start)} ${time.format(start)}–${time.format(end)} ${label}`;
  return `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)} ${label}`;
}

/** The same range in the other zone, only when that zone shows other clock times; else null. */
export function formatRangeAlongside(startIso: string, endIso: string, hostIana: string, otherIana: string, language: Language): string | null {
  const start = new Date(startIso);
  if (Number.isNaN(start.getTime())) return null;
  if (utcOffsetMinutes(hostIana, start) === utcOffsetMinutes(otherIana, start)) return null;
  return formatRange(startIso, endIso, otherIana, language);
}

/** A moment in a zone with its label, e.g. for the timeline: "5 Okt 2018 09.00 WIB". */
export function formatMoment(iso: string, iana: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(localeFor(language), { timeZone: iana, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return `${text} ${zoneLabel(iana, date)}`;
}

/** True when the two zones' clocks differ at that instant. */
export function utcOffsetDiffers(aIana: string, bIana: string, at: Date): boolean {
  return utcOffsetMinutes(aIana, at) !== utcOffsetMinutes(bIana, at);
}
