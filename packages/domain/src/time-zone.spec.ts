import { formatUtcOffset, PROVINCE_CODES, TIME_ZONES, timeZoneForProvince, utcOffsetMinutes } from './time-zone.js';

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
