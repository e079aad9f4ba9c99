import type { CityType } from '../cities/cities.types.js';
import { PRELOADED } from '../common/preloaded.js';
import type { VisitType } from './visits.types.js';
import { VisitStateEnum } from './visits.types.js';

/**
 * The columns of a visit as the API shows it, with its cities' codes for the policy and their names
 * and slugs (from the city_refs join the codes need anyway). `$n` free.
 */
export const VISIT_COLUMNS = `x.id, x.state, x.purpose, x.topics, x.is_private, x.is_demo, x.host_time_zone, x.starts_at, x.ends_at, x.venue,
  x.sequence, x.travel_budget::float8 AS travel_budget, x.currency, x.created_at, x.updated_at,
  x.visiting_city_id, x.host_city_id, vc.code AS visiting_city_code, hc.code AS host_city_code,
  vc.name AS visiting_city_name, vc.slug AS visiting_city_slug, hc.name AS host_city_name, hc.slug AS host_city_slug`;
export const VISITS_FROM = 'visits x JOIN city_refs vc ON vc.id = x.visiting_city_id JOIN city_refs hc ON hc.id = x.host_city_id';
/** Who may see a visit without being one of its cities: the public ones. */
export const PUBLIC_VISIT = `x.state IN ('confirmed', 'completed') AND NOT x.is_private`;

export interface VisitRow {
  id: string;
  state: string;
  purpose: string;
  topics: string[];
  is_private: boolean;
  is_demo: boolean;
  host_time_zone: string;
  starts_at: Date | null;
  ends_at: Date | null;
  venue: string | null;
  sequence: number;
  travel_budget: number | null;
  currency: string;
  created_at: Date;
  updated_at: Date;
  visiting_city_id: number;
  host_city_id: number;
  visiting_city_code: string;
  host_city_code: string;
  visiting_city_name: string;
  visiting_city_slug: string;
  host_city_name: string;
  host_city_slug: string;
}

/** A VisitRow as json_agg gives it: its times as ISO strings. */
export type VisitJsonRow = Omit<VisitRow, 'starts_at' | 'ends_at' | 'created_at' | 'updated_at'> & {
  starts_at: string | null;
  ends_at: string | null;
  created_at: string;
  updated_at: string;
};

export function fromJson(row: VisitJsonRow): VisitRow {
  return {
    ...row,
    starts_at: row.starts_at === null ? null : new Date(row.starts_at),
    ends_at: row.ends_at === null ? null : new Date(row.ends_at),
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
  };
}

/**
 * The fields of a City a visit row brings for its two cities (city_refs: code, name, slug). When a
 * query asks no other field of a visit's cities, a list answers them from the row (PRELOADED) instead
 * of loading the two cities' full rows in a second statement and resolving each through Nest.
 */
export const CITY_REF_FIELDS: ReadonlySet<string> = new Set(['id', 'code', 'name', 'slug']);

/** A City with only CITY_REF_FIELDS (and the key): given only to queries that ask for no more. */
const cityRef = (dbId: number, code: string, name: string, slug: string) => ({ dbId, id: code, code, name, slug }) as CityType;

/** `withCities`: the query asks only CITY_REF_FIELDS of the visit's cities, so the row answers them. */
export function toVisit(row: VisitRow, { withCities = false }: { withCities?: boolean } = {}): VisitType {
  return {
    id: row.id,
    state: row.state as VisitStateEnum,
    purpose: row.purpose,
    topics: row.topics,
    isPrivate: row.is_private,
    isDemo: row.is_demo,
    hostTimeZone: row.host_time_zone,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    venue: row.venue,
    sequence: row.sequence,
    travelBudget: row.travel_budget,
    currency: row.currency,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    visitingCityId: row.visiting_city_id,
    hostCityId: row.host_city_id,
    visitingCityCode: row.visiting_city_code,
    hostCityCode: row.host_city_code,
    [PRELOADED]: withCities
      ? {
          visitingCity: cityRef(row.visiting_city_id, row.visiting_city_code, row.visiting_city_name, row.visiting_city_slug),
          hostCity: cityRef(row.host_city_id, row.host_city_code, row.host_city_name, row.host_city_slug),
        }
      : undefined,
  };
}
