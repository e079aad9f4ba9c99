// Calendar arithmetic on plain dates ("2018-10-05") and a city's IANA zone. Days are counted in
// UTC on date-only values, so the machine's own zone never shifts them.

export type CalendarView = 'bulan' | 'minggu';

const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2018-10-05" as a Date at UTC midnight, or null when not a real date. */
export function parseYmd(value: string | null | undefined): Date | null {
  const match = value ? YMD.exec(value) : null;
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

export const toYmd = (date: Date): string => date.toISOString().slice(0, 10);
export const addDays = (ymd: string, days: number): string => toYmd(new Date((parseYmd(ymd) as Date).getTime() + days * DAY_MS));

/** ISO weekday, Monday 1 … Sunday 7. */
export const isoWeekday = (ymd: string): number => (((parseYmd(ymd) as Date).getUTCDay() + 6) % 7) + 1;

export function addMonths(ymd: string, months: number): string {
  const date = parseYmd(ymd) as Date;
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toYmd(first);
}

/** The days a view shows: whole weeks, Monday first (a month: from the week of the 1st to the week of its last day). */
export function viewDays(view: CalendarView, ymd: string): string[] {
  const date = parseYmd(ymd) as Date;
  let start: string;
  let end: string;
  if (view === 'minggu') {
    start = addDays(ymd, 1 - isoWeekday(ymd));
    end = addDays(start, 6);
  } else {
    const first = toYmd(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)));
    const last = toYmd(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
    start = addDays(first, 1 - isoWeekday(first));
    end = addDays(last, 7 - isoWeekday(last));
  }
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The local date and time of an instant in a zone: "2018-10-05T09:00". */
export function zonedLocal(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant at which a zone's clock shows `local` ("2018-10-05T00:00"). */
export function zonedToUtc(local: string, timeZone: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  // The zone's offset at that moment, found by formatting; a second pass settles offset changes.
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = Date.parse(`${zonedLocal(new Date(instant), timeZone)}:00Z`);
    instant = asUtc - (shown - instant);
  }
  return new Date(instant);
}

/** The local days (in `timeZone`) on which a slot takes place, first to last. */
export function slotDays(startsAt: string, endsAt: string | null | undefined, timeZone: string): string[] {
  const first = zonedLocal(new Date(startsAt), timeZone).slice(0, 10);
  // A slot ending at midnight does not reach into the next day.
  const lastInstant = endsAt ? new Date(new Date(endsAt).getTime() - 1) : new Date(startsAt);
  const last = zonedLocal(lastInstant, timeZone).slice(0, 10);
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 62; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Today in a zone. */
export const todayIn = (timeZone: string, now = new Date()): string => zonedLocal(now, timeZone).slice(0, 10);
