import { Injectable } from '@nestjs/common';
import { SqlReader, statement } from '../common/sql-reader.js';
import type { SourceType } from '../cities/cities.types.js';
import { FactQuality, type FactType } from './city-facts.types.js';

/**
 * The facts of a city profile: for each indicator on the city profile (`on_city_profile`: population,
 * area, density, kecamatan, the stated ones), each source's latest whole-city value; per indicator the
 * default first (the default rule: quality, then the newest period, then the newest source date, the
 * latest entered, the id), the other sources after it. One statement for any number of cities.
 */
const CITY_FACTS = statement(
  'metrics_city_facts',
  `SELECT o.city_id, o.id, i.code AS key, o.value::float8 AS value, o.stated_as, i.unit, o.year, o.quality, o.is_demo, o.note, o.record_url,
     to_char(s.published_on, 'YYYY-MM-DD') AS published_on, s.id AS source_id, s.organisation, s.title, s.url, s.licence, s.package
   FROM (
     SELECT DISTINCT ON (o.city_id, o.indicator_id, o.source_id) o.*
     FROM metric_observations o JOIN metric_indicators i ON i.id = o.indicator_id
     WHERE o.city_id = ANY($1::int[]) AND i.on_city_profile AND o.practice_id IS NULL
     ORDER BY o.city_id, o.indicator_id, o.source_id, o.year DESC, o.period_kind = 'year' DESC, o.period_no DESC
   ) o JOIN metric_indicators i ON i.id = o.indicator_id JOIN metric_sources s ON s.id = o.source_id
   ORDER BY o.city_id, i.code, array_position(ARRAY['official','self_reported','estimated','demo'], o.quality), o.year DESC,
     s.published_on DESC NULLS LAST, o.entered_at DESC, o.id`,
);

interface CityFactRow {
  city_id: number;
  id: string;
  key: string;
  value: number | null;
  stated_as: string | null;
  unit: string;
  year: number;
  quality: 'official' | 'self_reported' | 'estimated' | 'demo';
  is_demo: boolean;
  note: string | null;
  record_url: string | null;
  published_on: string | null;
  source_id: string;
  organisation: string;
  title: string;
  url: string | null;
  licence: string | null;
  package: string | null;
}

const QUALITY: Record<CityFactRow['quality'], FactQuality> = {
  official: FactQuality.OFFICIAL,
  self_reported: FactQuality.REPORTED,
  estimated: FactQuality.ESTIMATED,
  demo: FactQuality.DEMO,
};

/** A metric source as the profile names it: its title, after the organisation when the title does not start with it. */
export function sourceName(organisation: string, title: string): string {
  return title.startsWith(organisation) ? title : `${organisation}, ${title}`;
}

function toFact(r: CityFactRow, isDefault: boolean): FactType {
  const source: SourceType = {
    id: r.source_id,
    name: sourceName(r.organisation, r.title),
    url: r.url,
    license: r.licence,
    package: r.package,
    isDemo: r.is_demo,
  };
  return {
    id: r.id,
    key: r.key,
    value: r.value,
    valueText: r.stated_as,
    // A text indicator's values have no unit.
    unit: r.unit === 'text' ? null : r.unit,
    asOf: r.published_on,
    quality: QUALITY[r.quality],
    note: r.note,
    recordUrl: r.record_url,
    year: r.year,
    isDefault,
    source,
  };
}

@Injectable()
export class CityFactsService {
  constructor(private readonly sql: SqlReader) {}

  /** Each city's facts, in the order of `cityIds`: per key the default first. */
  async factsByCity(cityIds: readonly number[]): Promise<FactType[][]> {
    const rows = await this.sql.rows<CityFactRow>(CITY_FACTS, [cityIds]);
    const byCity = new Map<number, FactType[]>(cityIds.map((id) => [id, []]));
    let previous: CityFactRow | null = null;
    for (const r of rows) {
      const first = !previous || previous.city_id !== r.city_id || previous.key !== r.key;
      byCity.get(r.city_id)?.push(toFact(r, first));
      previous = r;
    }
    return cityIds.map((id) => byCity.get(id) ?? []);
  }
}
