import { formatUtcOffset, isLocalDateTime, PROVINCE_CODES, TIME_ZONES, timeZoneForProvince, utcOffsetMinutes, utcToZonedLocal, zonedLocalToUtc } from './time-zone.js';

// The 38 provinces, written out here (not derived from the source) so a dropped code is caught.
const ALL_CODES = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
];

describe('timeZoneForProvince', () => {
  it('knows exactly the 38 provinces', () => {
    expect(ALL_CODES).toHaveLength(38);
    expect(PROVINCE_CODES).toEqual(ALL_CODES);
  });

  it.each(ALL_CODES)('maps province %s to a zone', (code) => {
    const zone = timeZoneForProvince(code);
    expect(TIME_ZONES[zone.label]).toEqual(zone);
  });

  it.each([
    ['13', 'WIB'], // Sumatera Barat
    ['21', 'WIB'], // Kepulauan Riau
    ['31', 'WIB'], // DKI Jakarta
    ['61', 'WIB'], // Kalimantan Barat
    ['62', 'WIB'], // Kalimantan Tengah
    ['51', 'WITA'], // Bali
    ['63', 'WITA'], // Kalimantan Selatan
    ['65', 'WITA'], // Kalimantan Utara
    ['75', 'WITA'], // Gorontalo
    ['82', 'WIT'], // Maluku Utara
    ['94', 'WIT'], // Papua
  ] as const)('province %s is %s', (code, label) => {
    expect(timeZoneForProvince(code).label).toBe(label);
  });

  it('returns the label and the IANA name', () => {
    expect(timeZoneForProvince('51')).toEqual({ label: 'WITA', iana: 'Asia/Makassar' });
  });

  it('returns a copy, so callers cannot corrupt the table', () => {
    timeZoneForProvince('13').iana = 'UTC';
    expect(timeZoneForProvince('13').iana).toBe('Asia/Jakarta');
  });

  it.each(['', '10', '20', '99', '1', '130', '3171', ' 13', 'constructor'])('throws on unknown code %j', (code) => {
    expect(() => timeZoneForProvince(code)).toThrow(`Unknown Indonesian province code: ${JSON.stringify(code)}`);
  });
});

describe('TIME_ZONES through Intl', () => {
  // 5 October 2018, 03:00 UTC: the morning Kota Solok visited Kota Medan.
  const instant = new Date('2018-10-05T03:00:00Z');
  const localTime = (iana: string, at: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: iana, dateStyle: 'short', timeStyle: 'short' }).format(at);

  it.each([
    ['WIB', '05/10/2018, 10:00'],
    ['WITA', '05/10/2018, 11:00'],
    ['WIT', '05/10/2018, 12:00'],
  ] as const)('shows a UTC instant as local time in %s', (label, text) => {
    expect(localTime(TIME_ZONES[label].iana, instant)).toBe(text);
  });

  it('crosses midnight into the next local day', () => {
    expect(localTime(TIME_ZONES.WIT.iana, new Date('2018-10-05T16:30:00Z'))).toBe('06/10/2018, 01:30');
  });

  it.each([
    ['WIB', 420],
    ['WITA', 480],
    ['WIT', 540],
  ] as const)('%s is %i minutes ahead of UTC in January and July (no daylight saving)', (label, minutes) => {
    for (const at of [new Date('2025-01-15T00:00:00Z'), new Date('2025-07-15T00:00:00Z')]) {
      expect(utcOffsetMinutes(TIME_ZONES[label].iana, at)).toBe(minutes);
    }
  });

  it('follows the tz database history, which a fixed table could not', () => {
    // Jakarta kept UTC+7:30 until 1 January 1964.
    expect(utcOffsetMinutes('Asia/Jakarta', new Date('1960-06-01T00:00:00Z'))).toBe(450);
  });

  it('reads other zones too, west of UTC and UTC itself', () => {
    expect(utcOffsetMinutes('America/St_Johns', new Date('2025-01-15T00:00:00Z'))).toBe(-210);
    expect(utcOffsetMinutes('UTC', instant)).toBe(0);
  });

  it('refuses an unknown zone name', () => {
    expect(() => utcOffsetMinutes('Asia/Atlantis')).toThrow(RangeError);
  });
});

describe('formatUtcOffset', () => {
  it.each([
    [420, 'UTC+7'],
    [480, 'UTC+8'],
    [540, 'UTC+9'],
    [330, 'UTC+5:30'],
    [345, 'UTC+5:45'],
    [0, 'UTC+0'],
    [-210, 'UTC-3:30'],
    [-300, 'UTC-5'],
  ])('%i → %s', (minutes, text) => {
    expect(formatUtcOffset(minutes)).toBe(text);
  });

  it('formats the Indonesian zones', () => {
    expect(formatUtcOffset(utcOffsetMinutes(TIME_ZONES.WIB.iana))).toBe('UTC+7');
  });

  it('rejects fractional minutes', () => {
    expect(() => formatUtcOffset(420.5)).toThrow(RangeError);
  });
});

describe('zonedLocalToUtc / utcToZonedLocal', () => {
  it.each([
    ['Asia/Jakarta', '2018-10-05T09:00', '2018-10-05T02:00:00.000Z'],
    ['Asia/Makassar', '2018-10-05T09:00', '2018-10-05T01:00:00.000Z'],
    ['Asia/Jayapura', '2018-10-05T08:30', '2018-10-04T23:30:00.000Z'], // the day before in UTC
    ['UTC', '2018-10-05T09:00', '2018-10-05T09:00:00.000Z'],
  ])('reads %s local %s as %s and back', (iana, local, utc) => {
    expect(zonedLocalToUtc(local, iana).toISOString()).toBe(utc);
    expect(utcToZonedLocal(new Date(utc), iana)).toBe(local);
  });

  it('uses summer and winter time in Europe/Amsterdam', () => {
    expect(zonedLocalToUtc('2025-07-01T09:00', 'Europe/Amsterdam').toISOString()).toBe('2025-07-01T07:00:00.000Z');
    expect(zonedLocalToUtc('2025-01-15T09:00', 'Europe/Amsterdam').toISOString()).toBe('2025-01-15T08:00:00.000Z');
  });

  it('around the spring-forward gap (30 March 2025, 02:00 → 03:00 in Amsterdam)', () => {
    expect(zonedLocalToUtc('2025-03-30T01:59', 'Europe/Amsterdam').toISOString()).toBe('2025-03-30T00:59:00.000Z');
    expect(zonedLocalToUtc('2025-03-30T03:00', 'Europe/Amsterdam').toISOString()).toBe('2025-03-30T01:00:00.000Z');
    // 02:30 does not exist: it is moved forward by the hour skipped, to 03:30 summer time.
    const skipped = zonedLocalToUtc('2025-03-30T02:30', 'Europe/Amsterdam');
    expect(skipped.toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(utcToZonedLocal(skipped, 'Europe/Amsterdam')).toBe('2025-03-30T03:30');
  });

  it('around the fall-back overlap (26 October 2025, 03:00 → 02:00 in Amsterdam)', () => {
    // 02:30 happens twice; the earlier one (summer time, UTC+2) is taken.
    expect(zonedLocalToUtc('2025-10-26T02:30', 'Europe/Amsterdam').toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(zonedLocalToUtc('2025-10-26T03:00', 'Europe/Amsterdam').toISOString()).toBe('2025-10-26T02:00:00.000Z');
    expect(utcToZonedLocal(new Date('2025-10-26T01:30:00Z'), 'Europe/Amsterdam')).toBe('2025-10-26T02:30');
  });

  it.each(['2018-02-30T09:00', '2018-10-05 09:00', '2018-10-05T24:00', '2018-10-05T09:60', '2018-10-05', '', '2018-10-05T09:00Z'])(
    'refuses %j',
    (local) => {
      expect(isLocalDateTime(local)).toBe(false);
      expect(() => zonedLocalToUtc(local, 'Asia/Jakarta')).toThrow(RangeError);
    },
  );

  it('accepts a real date-time', () => {
    expect(isLocalDateTime('2024-02-29T23:59')).toBe(true);
  });
});
