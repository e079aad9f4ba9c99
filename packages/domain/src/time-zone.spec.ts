import { formatUtcOffset, PROVINCE_CODES, TIME_ZONES, type TimeZoneLabel, timeZoneForProvince } from './time-zone.js';

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

/** Offset in minutes as the runtime's tz database sees it ("GMT+08:00" → 480). */
function intlOffsetMinutes(iana: string, at: Date): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(part ?? '');
  if (!match) throw new Error(`Unexpected longOffset for ${iana}: ${part}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

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

  it('returns the IANA name and offset', () => {
    expect(timeZoneForProvince('51')).toEqual({ label: 'WITA', iana: 'Asia/Makassar', utcOffsetMinutes: 480 });
  });

  it('returns a copy, so callers cannot corrupt the table', () => {
    timeZoneForProvince('13').utcOffsetMinutes = 0;
    expect(timeZoneForProvince('13').utcOffsetMinutes).toBe(420);
  });

  it.each(['', '10', '20', '99', '1', '130', '3171', ' 13', 'constructor'])('throws on unknown code %j', (code) => {
    expect(() => timeZoneForProvince(code)).toThrow(`Unknown Indonesian province code: ${JSON.stringify(code)}`);
  });
});

describe('TIME_ZONES', () => {
  // Cross-check the hand-typed offsets against the tz database, in January and July (no DST either way).
  it.each(Object.keys(TIME_ZONES) as TimeZoneLabel[])('%s offset agrees with Intl', (label) => {
    const { iana, utcOffsetMinutes } = TIME_ZONES[label];
    for (const at of [new Date('2025-01-15T00:00:00Z'), new Date('2025-07-15T00:00:00Z')]) {
      expect(intlOffsetMinutes(iana, at)).toBe(utcOffsetMinutes);
    }
  });

  it('Asia/Makassar is GMT+08:00', () => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Makassar', timeZoneName: 'longOffset' })
      .formatToParts(new Date('2025-01-15T00:00:00Z'))
      .find((p) => p.type === 'timeZoneName')?.value;
    expect(name).toBe('GMT+08:00');
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
    expect(formatUtcOffset(TIME_ZONES.WIB.utcOffsetMinutes)).toBe('UTC+7');
  });

  it('rejects fractional minutes', () => {
    expect(() => formatUtcOffset(420.5)).toThrow(RangeError);
  });
});
