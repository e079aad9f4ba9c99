import { DayException, isWithinAvailability, openingsOn, WeeklyOpening } from './visit-availability.js';

const JAKARTA = 'Asia/Jakarta';
// 2018-10-05 is a Friday; Jakarta is UTC+7.
const at = (local: string) => new Date(`${local}:00+07:00`);
const RULES: WeeklyOpening[] = [
  { weekday: 5, startTime: '09:00:00', endTime: '12:00:00' },
  { weekday: 5, startTime: '13:00', endTime: '17:00' },
  { weekday: 6, startTime: '08:00', endTime: '10:00' },
];

describe('openingsOn', () => {
  it('uses Monday–Friday 08:00–16:00 when the host published no rules', () => {
    expect(openingsOn('2018-10-05', [], [])).toEqual([[480, 960]]);
    expect(openingsOn('2018-10-06', [], [])).toEqual([]); // Saturday
    expect(openingsOn('2018-10-07', [], [])).toEqual([]); // Sunday
  });

  it('uses the rules of the weekday, and an exception over them', () => {
    expect(openingsOn('2018-10-05', RULES, [])).toEqual([[540, 720], [780, 1020]]);
    const closed: DayException = { date: '2018-10-05', available: false, startTime: null, endTime: null };
    expect(openingsOn('2018-10-05', RULES, [closed])).toEqual([]);
    const sunday: DayException = { date: '2018-10-07', available: true, startTime: '10:00', endTime: '11:00' };
    expect(openingsOn('2018-10-07', RULES, [sunday])).toEqual([[600, 660]]);
  });
});

describe('isWithinAvailability', () => {
  it('accepts a slot inside one opening, in the host zone', () => {
    expect(isWithinAvailability(at('2018-10-05T09:00'), at('2018-10-05T12:00'), JAKARTA, RULES, [])).toBe(true);
    expect(isWithinAvailability(at('2018-10-05T13:30'), at('2018-10-05T16:00'), JAKARTA, RULES, [])).toBe(true);
  });

  it('refuses a slot over the lunch gap, before opening or after closing', () => {
    expect(isWithinAvailability(at('2018-10-05T11:00'), at('2018-10-05T14:00'), JAKARTA, RULES, [])).toBe(false);
    expect(isWithinAvailability(at('2018-10-05T08:30'), at('2018-10-05T10:00'), JAKARTA, RULES, [])).toBe(false);
    expect(isWithinAvailability(at('2018-10-05T16:00'), at('2018-10-05T17:30'), JAKARTA, RULES, [])).toBe(false);
  });

  it('reads the times in the zone given: 09:00 in Jayapura is 07:00 in Jakarta', () => {
    const start = new Date('2018-10-05T00:00:00Z'); // 09:00 WIT, 07:00 WIB
    const end = new Date('2018-10-05T02:00:00Z');
    expect(isWithinAvailability(start, end, 'Asia/Jayapura', [], [])).toBe(true);
    expect(isWithinAvailability(start, end, JAKARTA, [], [])).toBe(false);
  });

  it('refuses a closed day and an empty or reversed slot', () => {
    const closed: DayException = { date: '2018-10-05', available: false, startTime: null, endTime: null };
    expect(isWithinAvailability(at('2018-10-05T09:00'), at('2018-10-05T10:00'), JAKARTA, RULES, [closed])).toBe(false);
    expect(isWithinAvailability(at('2018-10-05T10:00'), at('2018-10-05T10:00'), JAKARTA, RULES, [])).toBe(false);
    expect(isWithinAvailability(at('2018-10-05T10:00'), at('2018-10-05T09:00'), JAKARTA, RULES, [])).toBe(false);
  });

  it('takes a visit over several days when it starts and ends in openings and every day between is open', () => {
    // Thursday 13:00 to Friday 11:00 with office hours.
    expect(isWithinAvailability(at('2018-10-04T13:00'), at('2018-10-05T11:00'), JAKARTA, [], [])).toBe(true);
    // Friday to Monday crosses a closed weekend.
    expect(isWithinAvailability(at('2018-10-05T13:00'), at('2018-10-08T11:00'), JAKARTA, [], [])).toBe(false);
    // Ending at midnight is ending at the close of the day before: 24:00 is past 16:00.
    expect(isWithinAvailability(at('2018-10-04T13:00'), at('2018-10-05T00:00'), JAKARTA, [], [])).toBe(false);
    expect(isWithinAvailability(at('2018-10-04T13:00'), at('2018-10-05T00:00'), JAKARTA, [{ weekday: 4, startTime: '00:00', endTime: '23:59' }], [])).toBe(false);
  });
});
