import { type DayException, isWithinAvailability, timeZoneForProvince, type WeeklyOpening } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { cleanSlug } from '../common/slug.js';
import { SqlReader, statement } from '../common/sql-reader.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import type { AvailabilityExceptionType, AvailabilityRuleType, SetVisitAvailabilityInput, VisitAvailabilityType } from './visits.types.js';

/** The zone of a city without settings: its province's (the code's first two digits). */
export const provinceZone = (cityCode: string) => timeZoneForProvince(cityCode.slice(0, 2)).iana;

/** Whether Intl knows the IANA zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const hhmm = (time: string | null) => (time === null ? null : time.slice(0, 5));
const SETTINGS = 'SELECT capacity, time_zone FROM visit_host_settings WHERE city_id = $1';
const RULES = `SELECT weekday, to_char(start_time, 'HH24:MI') AS start_time, to_char(end_time, 'HH24:MI') AS end_time FROM visit_availability_rules WHERE city_id = $1 ORDER BY weekday, start_time`;
const EXCEPTIONS_FROM = `SELECT to_char(on_date, 'YYYY-MM-DD') AS date, available, to_char(start_time, 'HH24:MI') AS start_time, to_char(end_time, 'HH24:MI') AS end_time, note
  FROM visit_availability_exceptions WHERE city_id = $1`;
const READ_SETTINGS = statement('visit_host_settings_of', SETTINGS);
const READ_RULES = statement('visit_availability_rules_of', RULES);
const READ_EXCEPTIONS = statement('visit_availability_exceptions_of', `${EXCEPTIONS_FROM} AND on_date >= $2::timestamptz::date - 1 AND on_date <= $3::timestamptz::date + 1 ORDER BY on_date`);
const READ_BUSY = statement(
  'visit_bookings_busy',
  `SELECT lower(during) AS starts_at, upper(during) AS ends_at FROM visit_bookings WHERE host_city_id = $1 AND during && tstzrange($2, $3, '[)') ORDER BY 1, 2`,
);
const CITY = statement('visit_city_by_slug', 'SELECT id, code, slug FROM city_refs WHERE slug = $1');

interface Settings {
  capacity: number;
  timeZone: string;
}
type RuleRow = { weekday: number; start_time: string; end_time: string };
type ExceptionRow = { date: string; available: boolean; start_time: string | null; end_time: string | null; note: string | null };

const toRule = (r: RuleRow): AvailabilityRuleType & WeeklyOpening => ({ weekday: r.weekday, startTime: r.start_time, endTime: r.end_time });
const toException = (r: ExceptionRow): AvailabilityExceptionType & DayException => ({ date: r.date, available: r.available, startTime: hhmm(r.start_time), endTime: hhmm(r.end_time), note: r.note });

/**
 * When hosts receive visits, and the bookings that keep them from being overbooked. The checks of a
 * confirmation read through the mutation's transaction (the primary), never a replica or a cache.
 */
@Injectable()
export class VisitAvailabilityService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly sql: SqlReader,
  ) {}

  /** The host's capacity and zone (capacity 1 and the province's zone when it set none). */
  async settings(manager: EntityManager, cityId: number, cityCode: string): Promise<Settings> {
    const [row] = await manager.query(SETTINGS, [cityId]);
    return { capacity: row?.capacity ?? 1, timeZone: row?.time_zone ?? provinceZone(cityCode) };
  }

  /** Whether the slot lies within the host's rules and exceptions (office hours when it published no rules). */
  async isAvailable(manager: EntityManager, host: { id: number; code: string }, start: Date, end: Date): Promise<boolean> {
    const { timeZone } = await this.settings(manager, host.id, host.code);
    const rules: RuleRow[] = await manager.query(RULES, [host.id]);
    const exceptions: ExceptionRow[] = await manager.query(`${EXCEPTIONS_FROM} AND on_date BETWEEN $2::timestamptz::date - 1 AND $3::timestamptz::date + 1`, [host.id, start.toISOString(), end.toISOString()]);
    return isWithinAvailability(start, end, timeZone, rules.map(toRule), exceptions.map(toException));
  }

  /**
   * Books the slot in the first free lane of the host (1..capacity). Each try runs in a savepoint: an
   * exclusion violation (23P01, another visit in that lane at that time, committed or not) rolls back
   * only the try. False when every lane is taken.
   */
  async book(manager: EntityManager, visitId: string, host: { id: number; code: string }, start: Date, end: Date): Promise<boolean> {
    const { capacity } = await this.settings(manager, host.id, host.code);
    for (let lane = 1; lane <= capacity; lane++) {
      await manager.query('SAVEPOINT visit_booking');
      try {
        await manager.query(`INSERT INTO visit_bookings (visit_id, host_city_id, during, lane) VALUES ($1, $2, tstzrange($3, $4, '[)'), $5)`, [
          visitId,
          host.id,
          start.toISOString(),
          end.toISOString(),
          lane,
        ]);
        await manager.query('RELEASE SAVEPOINT visit_booking');
        return true;
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        if (code !== '23P01') throw error;
        await manager.query('ROLLBACK TO SAVEPOINT visit_booking');
      }
    }
    return false;
  }

  /** Frees the visit's slot (rescheduled or cancelled). */
  async release(manager: EntityManager, visitId: string): Promise<void> {
    await manager.query('DELETE FROM visit_bookings WHERE visit_id = $1', [visitId]);
  }

  /** A city's availability and its busy slots in [from, to); null when the city does not exist. */
  async availability(citySlug: string, from: Date, to: Date): Promise<VisitAvailabilityType | null> {
    const [city] = await this.sql.rows<{ id: number; code: string; slug: string }>(CITY, [cleanSlug(citySlug)]);
    if (!city) return null;
    const [settings, rules, exceptions, busy] = await Promise.all([
      this.sql.rows<{ capacity: number; time_zone: string }>(READ_SETTINGS, [city.id]),
      this.sql.rows<RuleRow>(READ_RULES, [city.id]),
      this.sql.rows<ExceptionRow>(READ_EXCEPTIONS, [city.id, from.toISOString(), to.toISOString()]),
      this.sql.rows<{ starts_at: Date; ends_at: Date }>(READ_BUSY, [city.id, from.toISOString(), to.toISOString()]),
    ]);
    return {
      citySlug: city.slug,
      timeZone: settings[0]?.time_zone ?? provinceZone(city.code),
      capacity: settings[0]?.capacity ?? 1,
      isDefault: rules.length === 0,
      rules: rules.map(toRule),
      exceptions: exceptions.map(toException),
      busy: busy.map((b) => ({ startsAt: b.starts_at, endsAt: b.ends_at })),
    };
  }

  /** Replaces a city's capacity, zone, rules and exceptions. */
  async set(errors: UserErrors, input: SetVisitAvailabilityInput): Promise<VisitAvailabilityType | null> {
    const manager = this.connection.manager;
    const [city] = await manager.query('SELECT id, code, slug FROM city_refs WHERE slug = $1', [cleanSlug(input.citySlug)]);
    if (!city) return errors.add('citySlug', 'NOT_FOUND') && null;
    const timeZone = input.timeZone || provinceZone(city.code);
    if (!isTimeZone(timeZone)) errors.add('timeZone', 'INVALID_TIME_ZONE');
    input.rules.forEach((r, i) => {
      if (r.endTime <= r.startTime) errors.add(`rules.${i}.endTime`, 'END_BEFORE_START');
    });
    const exceptions = input.exceptions ?? [];
    const seen = new Set<string>();
    exceptions.forEach((e, i) => {
      if (Number.isNaN(Date.parse(`${e.date}T00:00:00Z`)) || new Date(`${e.date}T00:00:00Z`).toISOString().slice(0, 10) !== e.date) errors.add(`exceptions.${i}.date`, 'INVALID_DATE');
      else if (seen.has(e.date)) errors.add(`exceptions.${i}.date`, 'DUPLICATE_DATE');
      seen.add(e.date);
      if (e.available && (!e.startTime || !e.endTime)) errors.add(`exceptions.${i}.${e.startTime ? 'endTime' : 'startTime'}`, 'REQUIRED');
      else if (e.available && e.startTime && e.endTime && e.endTime <= e.startTime) errors.add(`exceptions.${i}.endTime`, 'END_BEFORE_START');
    });
    if (errors.any) return null;
    await manager.query(
      `INSERT INTO visit_host_settings (city_id, capacity, time_zone) VALUES ($1, $2, $3) ON CONFLICT (city_id) DO UPDATE SET capacity = EXCLUDED.capacity, time_zone = EXCLUDED.time_zone`,
      [city.id, input.capacity, timeZone],
    );
    await manager.query('DELETE FROM visit_availability_rules WHERE city_id = $1', [city.id]);
    await manager.query('DELETE FROM visit_availability_exceptions WHERE city_id = $1', [city.id]);
    if (input.rules.length) {
      await manager.query(
        `INSERT INTO visit_availability_rules (city_id, weekday, start_time, end_time) SELECT $1, * FROM unnest($2::smallint[], $3::time[], $4::time[])`,
        [city.id, input.rules.map((r) => r.weekday), input.rules.map((r) => r.startTime), input.rules.map((r) => r.endTime)],
      );
    }
    if (exceptions.length) {
      await manager.query(
        `INSERT INTO visit_availability_exceptions (city_id, on_date, available, start_time, end_time, note) SELECT $1, * FROM unnest($2::date[], $3::boolean[], $4::time[], $5::time[], $6::text[])`,
        [
          city.id,
          exceptions.map((e) => e.date),
          exceptions.map((e) => e.available),
          exceptions.map((e) => (e.available ? e.startTime : null)),
          exceptions.map((e) => (e.available ? e.endTime : null)),
          exceptions.map((e) => e.note || null),
        ],
      );
    }
    const rules: RuleRow[] = await manager.query(RULES, [city.id]);
    const stored: ExceptionRow[] = await manager.query(`${EXCEPTIONS_FROM} ORDER BY on_date`, [city.id]);
    return { citySlug: city.slug, timeZone, capacity: input.capacity, isDefault: rules.length === 0, rules: rules.map(toRule), exceptions: stored.map(toException), busy: [] };
  }
}
