import { formatUtcOffset, utcOffsetMinutes } from '@citybridge/domain';
import { type Language, message } from '../common/messages.js';

/** One of the two cities of a visit, as the calendars and letters name it. */
export interface DocumentCity {
  id: number;
  code: string;
  slug: string;
  /** "Kota Medan", "Kabupaten Solok". */
  name: string;
}

export interface DocumentPerson {
  name: string;
  title: string;
  agency: string | null;
  email: string | null;
  isLeader: boolean;
  role: string | null;
}

/** What the calendars and the letters are made from: a visit with its cities, practices and rosters. */
export interface VisitDocument {
  id: string;
  state: string;
  purpose: string;
  topics: string[];
  isPrivate: boolean;
  isDemo: boolean;
  sequence: number;
  startsAt: Date | null;
  endsAt: Date | null;
  venue: string | null;
  hostTimeZone: string;
  visitingTimeZone: string;
  createdAt: Date;
  updatedAt: Date;
  /** When the host confirmed the current slot (the acceptance letter's date). */
  confirmedAt: Date | null;
  host: DocumentCity;
  visiting: DocumentCity;
  practices: string[];
  /** The current round of proposed windows. */
  windows: { startsAt: Date; endsAt: Date }[];
  delegation: DocumentPerson[];
  hostParticipants: DocumentPerson[];
  agenda: { startsAt: Date; title: string; presenter: string | null }[];
}

/** Indonesia's zones by their IANA names; anything else is named by its offset ("UTC+10"). */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function zoneLabel(iana: string, at: Date): string {
  return INDONESIAN_ZONES[iana] ?? formatUtcOffset(utcOffsetMinutes(iana, at));
}

// Formatters are costly to build and a feed formats many dates: one per zone and kind.
const FORMATS = new Map<string, Intl.DateTimeFormat>();
function format(language: Language, iana: string, kind: 'day' | 'date' | 'time', at: Date): string {
  const key = `${language}|${iana}|${kind}`;
  let f = FORMATS.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : kind === 'date'
          ? { day: 'numeric', month: 'long', year: 'numeric' }
          : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    f = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { ...options, timeZone: iana });
    FORMATS.set(key, f);
  }
  return f.format(at);
}

/** "5 Oktober 2018" in the zone. */
export const dateInWords = (at: Date, iana: string, language: Language = 'id') => format(language, iana, 'date', at);
/** "Jumat, 5 Oktober 2018" in the zone. */
export const dayInWords = (at: Date, iana: string, language: Language = 'id') => format(language, iana, 'day', at);
/** "09.00" in the zone. */
export const timeOfDay = (at: Date, iana: string, language: Language = 'id') => format(language, iana, 'time', at);

/** "Jumat, 5 Oktober 2018, pukul 09.00–12.00 WIB" (or over two days, both days named). */
export function spanInWords(start: Date, end: Date, iana: string, language: Language = 'id'): string {
  const day = dayInWords(start, iana, language);
  const endDay = dayInWords(end, iana, language);
  const params = { day, endDay, start: timeOfDay(start, iana, language), end: timeOfDay(end, iana, language), zone: zoneLabel(iana, start) };
  return message(language, day === endDay ? 'visitDocuments.dates.span' : 'visitDocuments.dates.spanDays', params);
}

/** "Kota Medan" → { head: "Wali Kota", place: "Medan" }; "Kabupaten Solok" → Bupati, Solok. */
export function cityHead(name: string, language: Language = 'id'): { head: string; place: string } {
  const regency = /^kabupaten\s+/i.exec(name);
  const city = /^kota(\s+administrasi)?\s+/i.exec(name);
  const prefix = regency ?? city;
  return {
    head: message(language, regency ? 'visitDocuments.letter.regent' : 'visitDocuments.letter.mayor'),
    place: prefix ? name.slice(prefix[0].length) : name,
  };
}

export const leaderOf = (visit: VisitDocument): DocumentPerson | undefined => visit.delegation.find((d) => d.isLeader) ?? visit.delegation[0];
