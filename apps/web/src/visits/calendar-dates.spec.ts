import { addMonths, isoWeekday, parseYmd, slotDays, viewDays, zonedLocal, zonedToUtc } from './calendar-dates';

describe('calendar dates', () => {
  it('reads only real dates', () => {
    expect(parseYmd('2018-10-05')?.toISOString()).toBe('2018-10-05T00:00:00.000Z');
    expect(parseYmd('2018-02-30')).toBeNull();
    expect(parseYmd('5-10-2018')).toBeNull();
    expect(parseYmd(null)).toBeNull();
  });

  it('shows whole weeks from Monday: a month and a week', () => {
    expect(isoWeekday('2018-10-05')).toBe(5);
    const october = viewDays('bulan', '2018-10-05');
    expect(october[0]).toBe('2018-10-01');
    expect(october.at(-1)).toBe('2018-11-04');
    expect(october).toHaveLength(35);
    expect(viewDays('minggu', '2018-10-07')).toEqual(['2018-10-01', '2018-10-02', '2018-10-03', '2018-10-04', '2018-10-05', '2018-10-06', '2018-10-07']);
  });

  it('moves by months without spilling into the next one', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2018-10-05', -1)).toBe('2018-09-05');
    expect(addMonths('2018-12-05', 1)).toBe('2019-01-05');
  });

  it('converts between UTC and a city’s clock (WIB, WIT, and a zone with summer time)', () => {
    expect(zonedLocal(new Date('2018-10-05T02:00:00Z'), 'Asia/Jakarta')).toBe('2018-10-05T09:00');
    expect(zonedToUtc('2018-10-05T09:00', 'Asia/Jakarta').toISOString()).toBe('2018-10-05T02:00:00.000Z');
    expect(zonedToUtc('2018-10-05T00:00', 'Asia/Jayapura').toISOString()).toBe('2018-10-04T15:00:00.000Z');
    expect(zonedToUtc('2026-07-01T09:00', 'Europe/Amsterdam').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('places a slot on each local day it covers', () => {
    expect(slotDays('2018-10-05T02:00:00Z', '2018-10-05T08:00:00Z', 'Asia/Jakarta')).toEqual(['2018-10-05']);
    // 23:00 WIB on the 5th to 10:00 WIB on the 7th.
    expect(slotDays('2018-10-05T16:00:00Z', '2018-10-07T03:00:00Z', 'Asia/Jakarta')).toEqual(['2018-10-05', '2018-10-06', '2018-10-07']);
    // Ending at midnight: not on the next day.
    expect(slotDays('2018-10-05T02:00:00Z', '2018-10-05T17:00:00Z', 'Asia/Jakarta')).toEqual(['2018-10-05']);
  });
});
