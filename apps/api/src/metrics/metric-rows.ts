import { pickDefaultObservation, type ObservationQuality as Quality } from '@citybridge/domain';
import type { Language } from '../common/messages.js';
import { type SqlReader, statement } from '../common/sql-reader.js';
import type { IndicatorType, MetricSourceType, ObservationType } from './metrics.types.js';

/** The default rule in SQL (packages/domain metrics.ts says it in TypeScript): quality, newest source, newest entry, id. */
export const DEFAULT_ORDER = `array_position(ARRAY['official','self_reported','estimated','demo'], o.quality), s.published_on DESC NULLS LAST, o.entered_at DESC, o.id`;

/**
 * Each city's latest whole-city yearly population (the default rule within the year): what makes
 * cities peers (peer groups, the impact's peers) and what the demo series are scaled to.
 */
export const LATEST_POPULATIONS_SQL = `SELECT DISTINCT ON (o.city_id) o.city_id, c.code AS city_code, c.name AS city_name, o.year, o.value::float8 AS value
   FROM metric_observations o JOIN city_refs c ON c.id = o.city_id JOIN metric_sources s ON s.id = o.source_id
   WHERE o.indicator_id = (SELECT id FROM metric_indicators WHERE code = 'population') AND o.practice_id IS NULL AND o.period_kind = 'year' AND o.value > 0
   ORDER BY o.city_id, o.year DESC, ${DEFAULT_ORDER}`;

export interface LatestPopulationRow {
  city_id: number;
  city_code: string;
  city_name: string;
  year: number;
  value: number;
}

export interface IndicatorRow {
  id: number;
  code: string;
  name_id: string;
  name_en: string;
  definition_id: string | null;
  definition_en: string | null;
  unit: string;
  direction: string;
  category: string;
  standard: string;
  standard_ref: string | null;
  normalisable: boolean;
}

export const INDICATOR_COLUMNS = `i.id, i.code, i.name_id, i.name_en, i.definition_id, i.definition_en, i.unit, i.direction, i.category, i.standard, i.standard_ref, i.normalisable`;

export function toIndicator(row: IndicatorRow, language: Language): IndicatorType {
  return {
    id: String(row.id),
    code: row.code,
    name: language === 'en' ? row.name_en : row.name_id,
    nameId: row.name_id,
    nameEn: row.name_en,
    definition: language === 'en' ? row.definition_en : row.definition_id,
    definitionId: row.definition_id,
    definitionEn: row.definition_en,
    unit: row.unit,
    direction: row.direction as IndicatorType['direction'],
    category: row.category as IndicatorType['category'],
    standard: row.standard as IndicatorType['standard'],
    standardRef: row.standard_ref,
    normalisable: row.normalisable,
  };
}

/** The source columns a row of values brings along (s.id AS source_id, organisation, title, url, published_on, licence). */
export interface SourceColumns {
  source_id: string;
  organisation: string;
  title: string;
  url: string | null;
  published_on: string | null;
  licence: string | null;
}

export interface ObservationRow extends SourceColumns {
  id: string;
  city_code: string;
  city_name: string;
  practice_id: string | null;
  indicator_code: string;
  year: number;
  period_kind: string;
  period_no: number;
  value: number;
  quality: Quality;
  is_demo: boolean;
  note: string | null;
  entered_at: Date;
  import_id: string | null;
}

export const OBSERVATION_COLUMNS = `o.id, c.code AS city_code, c.name AS city_name, o.practice_id, i.code AS indicator_code, o.year, o.period_kind, o.period_no,
  o.value::float8 AS value, o.quality, o.is_demo, o.note, o.entered_at, o.import_id, s.id AS source_id, s.organisation, s.title, s.url,
  to_char(s.published_on, 'YYYY-MM-DD') AS published_on, s.licence`;

/** Rows of several sources; each (city, program, indicator, period) group marks its default with the domain's rule. */
export function toObservations(rows: ObservationRow[]): ObservationType[] {
  const groups = new Map<string, ObservationRow[]>();
  for (const r of rows) {
    const key = `${r.city_code}|${r.practice_id}|${r.indicator_code}|${r.year}|${r.period_kind}|${r.period_no}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const defaults = new Set<string>();
  for (const group of groups.values()) {
    const best = pickDefaultObservation(group.map((r) => ({ id: r.id, quality: r.quality, sourceDate: r.published_on, enteredAt: r.entered_at.toISOString() })));
    if (best) defaults.add(best.id);
  }
  return rows.map((r) => ({
    id: r.id,
    cityCode: r.city_code,
    cityName: r.city_name,
    practiceId: r.practice_id,
    indicatorCode: r.indicator_code,
    year: r.year,
    periodKind: r.period_kind as ObservationType['periodKind'],
    periodNo: r.period_no,
    value: r.value,
    quality: r.quality as ObservationType['quality'],
    isDemo: r.is_demo,
    isDefault: defaults.has(r.id),
    source: { id: r.source_id, organisation: r.organisation, title: r.title, url: r.url, publishedOn: r.published_on, licence: r.licence },
    note: r.note,
    enteredAt: r.entered_at.toISOString(),
    importId: r.import_id,
  }));
}

/** City names (rankings, programs): Indonesian alphabetical order, one collator rather than one per comparison. */
export const BY_NAME = new Intl.Collator('id');

/** One indicator of the catalogue by its code. */
export const INDICATOR_BY_CODE = statement('metrics_indicator_by_code', `SELECT ${INDICATOR_COLUMNS} FROM metric_indicators i WHERE i.code = $1`);

/** The sources an answer's values name (compare, program comparison), each once. */
const SOURCES_BY_IDS = statement(
  'metrics_sources_by_ids',
  `SELECT id, organisation, title, url, to_char(published_on, 'YYYY-MM-DD') AS published_on, licence FROM metric_sources WHERE id = ANY($1)`,
);

/** The sources of `ids` (none: no statement) as the answer lists them, and each one's index in that list. */
export async function sourcesByIds(sql: SqlReader, ids: readonly string[]): Promise<{ sources: MetricSourceType[]; indexOf: Map<string, number> }> {
  type Row = { id: string; organisation: string; title: string; url: string | null; published_on: string | null; licence: string | null };
  const rows = ids.length ? await sql.rows<Row>(SOURCES_BY_IDS, [ids]) : [];
  return {
    sources: rows.map((s) => ({ id: s.id, organisation: s.organisation, title: s.title, url: s.url, publishedOn: s.published_on, licence: s.licence })),
    indexOf: new Map(rows.map((s, i) => [s.id, i])),
  };
}
