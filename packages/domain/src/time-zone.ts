/** Indonesia's three civil time zones (Waktu Indonesia Barat / Tengah / Timur). */
export type TimeZoneLabel = 'WIB' | 'WITA' | 'WIT';

export interface TimeZoneInfo {
  label: TimeZoneLabel;
  /** IANA name: offsets and local times come from the tz database through Intl, never a table of ours. */
  iana: string;
}

export const TIME_ZONES: Readonly<Record<TimeZoneLabel, Readonly<TimeZoneInfo>>> = {
  WIB: { label: 'WIB', iana: 'Asia/Jakarta' },
  WITA: { label: 'WITA', iana: 'Asia/Makassar' },
  WIT: { label: 'WIT', iana: 'Asia/Jayapura' },
};

// Two-digit BPS/Kemendagri province codes. The zone follows the province:
// no province is split between two zones.
const ZONE_PROVINCES: Record<TimeZoneLabel, readonly string[]> = {
  // Sumatra 11-19, Riau Islands 21, Java and Banten 31-36, West and Central Kalimantan 61-62.
  WIB: ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '61', '62'],
  // Bali and Nusa Tenggara 51-53, South/East/North Kalimantan 63-65, Sulawesi and Gorontalo 71-76.
  WITA: ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'],
  // Maluku 81-82, Papua provinces 91-96.
  WIT: ['81', '82', '91', '92', '93', '94', '95', '96'],
};

// A Map (not an object) so codes like "constructor" can never hit the prototype.
const ZONE_BY_PROVINCE = new Map<string, TimeZoneLabel>(
  (Object.keys(ZONE_PROVINCES) as TimeZoneLabel[]).flatMap((label) =>
    ZONE_PROVINCES[label].map((code) => [code, label] as const),
  ),
);

/** All known province codes, sorted. */
export const PROVINCE_CODES: readonly string[] = [...ZONE_BY_PROVINCE.keys()].sort();

/** Time zone of a province, from its two-digit code (e.g. "13" → WIB). Throws on an unknown code. */
export function timeZoneForProvince(provinceCode: string): TimeZoneInfo {
  const label = ZONE_BY_PROVINCE.get(provinceCode);
  if (label === undefined) {
    throw new Error(`Unknown Indonesian province code: ${JSON.stringify(provinceCode)}`);
  }
  return { ...TIME_ZONES[label] };
}

// Building a formatter costs far more than using one; a list page asks once per city.
const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Offset from UTC of an IANA zone at an instant, in minutes, as Intl sees it ("GMT+08:00" → 480). */
export function utcOffsetMinutes(iana: string, at: Date = new Date()): number {
  let format = OFFSET_FORMATS.get(iana);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' });
    OFFSET_FORMATS.set(iana, format);
  }
  const name = format
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  // UTC itself is written "GMT", without digits.
  if (name === 'GMT') return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!match) throw new RangeError(`Intl gave no UTC offset for ${iana}: ${name}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** 420 → "UTC+7", 330 → "UTC+5:30", -210 → "UTC-3:30". */
export function formatUtcOffset(minutes: number): string {
  if (!Number.isInteger(minutes)) {
    throw new RangeError(`UTC offset must be a whole number of minutes, got ${minutes}`);
  }
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return rest === 0 ? `UTC${sign}${hours}` : `UTC${sign}${hours}:${String(rest).padStart(2, '0')}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A local date-time "2018-10-05T09:00" read as if it were UTC, or null when it is not one
 * (wrong shape, 30 February, 24:00).
 */
function localAsUtc(local: string): number | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(ms);
  // Date.UTC rolls 30 February over into March; a real date comes back unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return ms;
}

/** Whether `local` is a valid local date-time "YYYY-MM-DDTHH:mm". */
export const isLocalDateTime = (local: string): boolean => localAsUtc(local) !== null;

/**
 * The instant of a local date-time "2018-10-05T09:00" in an IANA zone. Where daylight saving makes
 * a local time occur twice, the earlier instant; where it skips one, the time is moved forward by the
 * gap (as Temporal's "compatible" does). Throws RangeError on a malformed date-time.
 */
export function zonedLocalToUtc(local: string, iana: string): Date {
  const asUtc = localAsUtc(local);
  if (asUtc === null) throw new RangeError(`Not a local date-time "YYYY-MM-DDTHH:mm": ${JSON.stringify(local)}`);
  const day = 24 * 60 * 60 * 1000;
  // Offsets a day before and after bracket any transition near this time.
  const offsetBefore = utcOffsetMinutes(iana, new Date(asUtc - day));
  const offsetAfter = utcOffsetMinutes(iana, new Date(asUtc + day));
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => asUtc - utcOffsetMinutes(iana, new Date(instant)) * 60_000 === instant);
  // Two: the local time occurs twice (take the earlier). None: it falls in a gap (keep the old offset).
  return new Date(candidates.length ? Math.min(...candidates) : asUtc - offsetBefore * 60_000);
}

/** The local date-time "YYYY-MM-DDTHH:mm" of an instant in an IANA zone. */
export function utcToZonedLocal(date: Date, iana: string): string {
  return new Date(date.getTime() + utcOffsetMinutes(iana, date) * 60_000).toISOString().slice(0, 16);
}
