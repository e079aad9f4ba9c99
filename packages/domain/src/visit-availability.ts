import { utcToZonedLocal } from './time-zone.js';

/**
 * When a host receives visits: weekly rules (ISO weekday, Monday 1) and exceptions for given days,
 * as local times in the host's zone. A host that published no rules is open Monday to Friday
 * 08:00–16:00 (office hours), with its exceptions still applied.
 */
export interface WeeklyOpening {
  weekday: number;
  /** "08:00" (seconds, as PostgreSQL's time gives them, are ignored). */
  startTime: string;
  endTime: string;
}

export interface DayException {
  /** "2026-12-25" */
  date: string;
  /** false: closed all day; true: open startTime–endTime (whatever the rules say). */
  available: boolean;
  startTime: string | null;
  endTime: string | null;
}

export const DEFAULT_WEEKLY_OPENINGS: readonly WeeklyOpening[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: '08:00', endTime: '16:00' }));

/** A visit longer than this many local days is not checked day by day: it is refused. */
export const MAX_VISIT_DAYS = 14;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const DAY_MS = 24 * 60 * 60 * 1000;
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The openings of a local date, as [start, end) minutes of the day. */
export function openingsOn(date: string, rules: readonly WeeklyOpening[], exceptions: readonly DayException[]): [number, number][] {
  const exception = exceptions.find((e) => e.date === date);
  if (exception) return exception.available && exception.startTime && exception.endTime ? [[minutes(exception.startTime), minutes(exception.endTime)]] : [];
  const weekday = isoWeekday(date);
  return (rules.length ? rules : DEFAULT_WEEKLY_OPENINGS).filter((r) => r.weekday === weekday).map((r) => [minutes(r.startTime), minutes(r.endTime)]);
}

/**
 * Whether a slot lies within the host's availability. On one day it must fit inside one opening; a
 * slot over several days must start inside an opening of its first day, end inside one of its last,
 * and every day between must be open.
 */
export function isWithinAvailability(start: Date, end: Date, timeZone: string, rules: readonly WeeklyOpening[], exceptions: readonly DayException[]): boolean {
  if (end.getTime() <= start.getTime()) return false;
  const from = utcToZonedLocal(start, timeZone);
  const to = utcToZonedLocal(end, timeZone);
  let [lastDate, endMinute] = [to.slice(0, 10), minutes(to.slice(11))];
  const firstDate = from.slice(0, 10);
  const startMinute = minutes(from.slice(11));
  // Ending at midnight is ending at the close of the day before.
  if (endMinute === 0 && lastDate > firstDate) {
    lastDate = new Date(Date.parse(`${lastDate}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
    endMinute = 24 * 60;
  }
  const open = (date: string) => openingsOn(date, rules, exceptions);
  if (firstDate === lastDate) return open(firstDate).some(([a, b]) => a <= startMinute && endMinute <= b);
  if (!open(firstDate).some(([a, b]) => a <= startMinute && startMinute < b)) return false;
  let days = 1;
  for (let date = nextDate(firstDate); date < lastDate; date = nextDate(date)) {
    if (++days > MAX_VISIT_DAYS || open(date).length === 0) return false;
  }
  return open(lastDate).some(([a, b]) => a < endMinute && endMinute <= b);
}
