import { formatRange, formatRangeAlongside, localToUtc, zoneLabel } from './visit-time';

describe('visit times', () => {
  it('names Indonesia’s zones by their labels and other zones with their offset', () => {
    expect(zoneLabel('Asia/Jakarta')).toBe('WIB');
    expect(zoneLabel('Asia/Makassar')).toBe('WITA');
    expect(zoneLabel('Asia/Jayapura')).toBe('WIT');
    expect(zoneLabel('Asia/Kolkata')).toBe('Asia/Kolkata (UTC+5:30)');
  });

  it('turns a local time in the host’s zone into UTC, and no date into none', () => {
    expect(localToUtc('2018-10-05T09:00', 'Asia/Jakarta')?.toISOString()).toBe('2018-10-05T02:00:00.000Z');
    expect(localToUtc('2018-10-05T09:00', 'Asia/Jayapura')?.toISOString()).toBe('2018-10-05T00:00:00.000Z');
    expect(localToUtc('2018-02-30T09:00', 'Asia/Jakarta')).toBeNull();
    expect(localToUtc('5 Oktober', 'Asia/Jakarta')).toBeNull();
  });

  it('writes a range in the zone with its label, in either language', () => {
    expect(formatRange('2018-10-05T02:00:00Z', '2018-10-05T05:00:00Z', 'Asia/Jakarta', 'id')).toBe('Jumat, 5 Oktober 2018 09.00–12.00 WIB');
    expect(formatRange('2018-10-05T02:00:00Z', '2018-10-05T05:00:00Z', 'Asia/Jakarta', 'en')).toBe('Friday, 5 October 2018 09:00–12:00 WIB');
  });

  it('gives the other city’s local time only where its clocks differ', () => {
    expect(formatRangeAlongside('2018-10-05T02:00:00Z', '2018-10-05T05:00:00Z', 'Asia/Jakarta', 'Asia/Jakarta', 'id')).toBeNull();
    expect(formatRangeAlongside('2018-10-05T02:00:00Z', '2018-10-05T05:00:00Z', 'Asia/Jakarta', 'Asia/Makassar', 'id')).toBe(
      'Jumat, 5 Oktober 2018 10.00–13.00 WITA',
    );
  });
});
