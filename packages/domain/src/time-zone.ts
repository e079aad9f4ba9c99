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
