import { parsePeriod, periodInFuture, type ObservationQuality as Quality } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { type Language, message } from '../common/messages.js';
import { namedStatement, SqlReader, statement } from '../common/sql-reader.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { UserErrors } from '../common/user-errors.js';
import { isUuid } from '../common/uuid.js';
import { PracticesService } from '../practices/practices.service.js';
import { BY_NAME, DEFAULT_ORDER, INDICATOR_BY_CODE, INDICATOR_COLUMNS, type IndicatorRow, LATEST_POPULATIONS_SQL, type LatestPopulationRow, OBSERVATION_COLUMNS, type ObservationRow, sourcesByIds, toIndicator, toObservations } from './metric-rows.js';
import {
  type CompareNoteType,
  type CompareResultType,
  type CompareSeriesType,
  type IndicatorCategory,
  type IndicatorInput,
  type IndicatorType,
  Normalisation,
  type ObservationQuality,
  type ObservationType,
  type PeerSuggestionType,
  type RankingRowType,
  RankingScope,
  type RankingType,
  type RecordObservationInput,
  type UpdateIndicatorInput,
} from './metrics.types.js';

const MAX_OBSERVATIONS = 5000;
const PEER_GROUP_SIZE = 10;

const indicatorsAll = statement('metrics_indicators', `SELECT ${INDICATOR_COLUMNS} FROM metric_indicators i ORDER BY i.category, i.code`);

const observationsOf = (withCodes: boolean, withPractice: boolean) =>
  namedStatement(`metrics_observations_${withCodes}_${withPractice}`, () => `SELECT ${OBSERVATION_COLUMNS}
    FROM metric_observations o JOIN city_refs c ON c.id = o.city_id JOIN metric_indicators i ON i.id = o.indicator_id JOIN metric_sources s ON s.id = o.source_id
    WHERE c.code = $1 AND o.year BETWEEN $2 AND $3 AND o.value IS NOT NULL ${withCodes ? 'AND i.code = ANY($5)' : ''} ${withPractice ? 'AND o.practice_id = $6' : ''}
    ORDER BY i.code, o.practice_id NULLS FIRST, o.year, o.period_kind, o.period_no, ${DEFAULT_ORDER} LIMIT $4`);

/**
 * The default value per (city, indicator, year) of whole-city yearly observations: an index-only scan of
 * `metric_observations_city_series` (ids only; codes, names and sources are looked up once per answer).
 */
const compareValues = statement(
  'metrics_compare_values',
  `SELECT DISTINCT ON (o.city_id, o.indicator_id, o.year) o.city_id, o.indicator_id, o.year, o.value::float8 AS value, o.quality, o.source_id
   FROM metric_observations o JOIN metric_sources s ON s.id = o.source_id
   WHERE o.city_id = ANY(ARRAY(SELECT id FROM city_refs WHERE code = ANY($1))) AND o.indicator_id = ANY(ARRAY(SELECT id FROM metric_indicators WHERE code = ANY($2)))
     AND o.year BETWEEN $3 AND $4 AND o.practice_id IS NULL AND o.period_kind = 'year' AND o.value IS NOT NULL
   ORDER BY o.city_id, o.indicator_id, o.year, ${DEFAULT_ORDER}`,
);
const compareCities = statement('metrics_compare_cities', `SELECT id, code, name FROM city_refs WHERE code = ANY($1)`);

const rankingOf = (scope: 'all' | 'province' | 'cities') =>
  namedStatement(`metrics_ranking_${scope}`, () => `SELECT DISTINCT ON (o.city_id) c.code AS city_code, c.name AS city_name, c.province_code, o.value::float8 AS value, o.quality, o.is_demo
     FROM metric_observations o JOIN city_refs c ON c.id = o.city_id JOIN metric_sources s ON s.id = o.source_id
     WHERE o.indicator_id = $1 AND o.year = $2 AND o.practice_id IS NULL AND o.period_kind = 'year' AND o.value IS NOT NULL
       ${scope === 'province' ? 'AND c.province_code = $3' : scope === 'cities' ? 'AND c.code = ANY($3)' : ''}
     ORDER BY o.city_id, ${DEFAULT_ORDER}`);

/** Per indicator, its latest year with a whole-city yearly value: a backward scan of `metric_observations_indicator_year` each. */
const latestYears = statement(
  'metrics_latest_years',
  `SELECT i.id::text AS id, (SELECT o.year FROM metric_observations o
     WHERE o.indicator_id = i.id AND o.practice_id IS NULL AND o.period_kind = 'year' AND o.value IS NOT NULL ORDER BY o.year DESC LIMIT 1) AS year
   FROM unnest($1::int[]) AS i(id)`,
);

/** Each city's latest population (default rule within the year); the peer groups compare them. */
const latestPopulations = statement('metrics_latest_populations', LATEST_POPULATIONS_SQL);

interface CompareValueRow {
  city_id: number;
  indicator_id: number;
  year: number;
  value: number;
  quality: Quality;
  source_id: string;
}


/** The indicator catalogue, the observations and what is read from them (compare, rankings, peer groups). */
@Injectable()
export class MetricsService {
  constructor(
    private readonly sql: SqlReader,
    private readonly connection: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly practices: PracticesService,
  ) {}

  /** The city of each practice (program) named, through the practices domain; undefined when there is none. */
  async practiceCities(ids: readonly string[]): Promise<(number | undefined)[]> {
    return (await this.practices.byIds(ids)).map((p) => p?.cityId);
  }

  async indicators(language: Language, category?: IndicatorCategory | null, search?: string | null): Promise<IndicatorType[]> {
    const words = (search ?? '').trim().toLowerCase();
    // The catalogue is small (tens of rows): one statement, filtered here.
    return (await this.sql.rows<IndicatorRow>(indicatorsAll, []))
      .filter((r) => !category || r.category === category)
      .filter((r) => !words || [r.code, r.name_id, r.name_en].some((t) => t.toLowerCase().includes(words)))
      .map((r) => toIndicator(r, language));
  }

  async indicator(code: string, language: Language): Promise<IndicatorType | null> {
    const [row] = await this.sql.rows<IndicatorRow>(INDICATOR_BY_CODE, [code]);
    return row ? toIndicator(row, language) : null;
  }

  async createIndicator(user: SignedInUser, errors: UserErrors, input: IndicatorInput, language: Language): Promise<IndicatorType | null> {
    const [row] = await this.connection.manager.query(
      `INSERT INTO metric_indicators (code, name_id, name_en, definition_id, definition_en, unit, direction, category, standard, standard_ref, normalisable)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [input.code, input.nameId, input.nameEn, input.definitionId || null, input.definitionEn || null, input.unit, input.direction, input.category, input.standard, input.standardRef || null, input.normalisable],
    );
    if (!row) {
      errors.add('code', 'INDICATOR_CODE_TAKEN');
      return null;
    }
    await this.audit.record({ actorId: user.id, action: 'metrics.indicator.create', entityType: 'metric_indicator', entityId: String(row.id), after: { ...input } });
    return this.indicatorInTransaction(input.code, language);
  }

  async updateIndicator(user: SignedInUser, errors: UserErrors, input: UpdateIndicatorInput, language: Language): Promise<IndicatorType | null> {
    const [before] = await this.connection.manager.query(`SELECT ${INDICATOR_COLUMNS} FROM metric_indicators i WHERE i.code = $1 FOR UPDATE`, [input.code]);
    if (!before) {
      errors.add('code', 'UNKNOWN_INDICATOR');
      return null;
    }
    await this.connection.manager.query(
      `UPDATE metric_indicators SET name_id = $2, name_en = $3, definition_id = $4, definition_en = $5, unit = $6, direction = $7, category = $8, standard = $9,
         standard_ref = $10, normalisable = $11, updated_at = now() WHERE code = $1`,
      [input.code, input.nameId, input.nameEn, input.definitionId || null, input.definitionEn || null, input.unit, input.direction, input.category, input.standard, input.standardRef || null, input.normalisable],
    );
    await this.audit.record({ actorId: user.id, action: 'metrics.indicator.update', entityType: 'metric_indicator', entityId: String(before.id), before, after: { ...input } });
    return this.indicatorInTransaction(input.code, language);
  }

  private async indicatorInTransaction(code: string, language: Language): Promise<IndicatorType> {
    const [row] = await this.connection.manager.query(`SELECT ${INDICATOR_COLUMNS} FROM metric_indicators i WHERE i.code = $1`, [code]);
    return toIndicator(row, language);
  }

  /** Every source's value (at most 5,000), the default of each period marked. */
  async observations(args: { cityCode: string; indicatorCodes?: string[] | null; practiceId?: string | null; fromYear?: number | null; toYear?: number | null }): Promise<ObservationType[]> {
    if (args.practiceId && !isUuid(args.practiceId)) return [];
    const codes = args.indicatorCodes?.length ? args.indicatorCodes : null;
    const values: unknown[] = [args.cityCode, args.fromYear ?? 1900, args.toYear ?? 2100, MAX_OBSERVATIONS];
    if (codes || args.practiceId) values.push(codes ?? []);
    if (args.practiceId) values.push(args.practiceId);
    const rows = await this.sql.rows<ObservationRow>(observationsOf(!!codes, !!args.practiceId), values);
    return toObservations(rows);
  }

  /**
   * One value per city, indicator and year (the default rule), raw or divided by the same year's population
   * or area; as a series per city and indicator (lists by year) with its sources named once.
   */
  async compare(
    args: { cityCodes: string[]; indicatorCodes: string[]; fromYear: number; toYear: number; normalisation: Normalisation },
    language: Language,
  ): Promise<CompareResultType> {
    const { normalisation, fromYear, toYear } = args;
    const denominator = normalisation === Normalisation.PER_KM2 ? 'area_km2' : normalisation === Normalisation.RAW ? null : 'population';
    const codes = denominator ? [...new Set([...args.indicatorCodes, denominator])] : args.indicatorCodes;
    const [values, cityRows, catalogue] = await Promise.all([
      this.sql.rows<CompareValueRow>(compareValues, [args.cityCodes, codes, fromYear, toYear]),
      this.sql.rows<{ id: number; code: string; name: string }>(compareCities, [args.cityCodes]),
      this.sql.rows<IndicatorRow>(indicatorsAll, []),
    ]);
    const cities = new Map(cityRows.map((c) => [c.id, c]));
    const indicators = new Map(catalogue.map((i) => [i.id, i]));
    const sourceIds = [...new Set(values.map((v) => v.source_id))];
    const { sources, indexOf: sourceIndex } = await sourcesByIds(this.sql, sourceIds);
    const years = toYear - fromYear + 1;
    const denominatorId = denominator ? catalogue.find((i) => i.code === denominator)?.id : undefined;
    const denominators = new Map<string, number>();
    if (denominatorId !== undefined) for (const v of values) if (v.indicator_id === denominatorId && v.value > 0) denominators.set(`${v.city_id}|${v.year}`, v.value);
    const factor = normalisation === Normalisation.PER_100K ? 100_000 : 1;
    const asked = new Set(args.indicatorCodes);
    const notes: CompareNoteType[] = [];
    const note = (cityCode: string, indicatorCode: string, year: number | null, code: string, params: Record<string, string | number>) =>
      notes.push({ cityCode, indicatorCode, year, code, message: message(language, `metrics.notes.${code}`, params) });
    const notNormalisable = new Set<string>();
    const series = new Map<string, CompareSeriesType>();
    for (const v of values) {
      const city = cities.get(v.city_id);
      const indicator = indicators.get(v.indicator_id);
      if (!city || !indicator || !asked.has(indicator.code)) continue;
      const key = `${v.city_id}|${v.indicator_id}`;
      let one = series.get(key);
      if (!one) {
        one = {
          cityCode: city.code,
          cityName: city.name,
          indicatorCode: indicator.code,
          values: new Array(years).fill(null),
          rawValues: new Array(years).fill(null),
          qualities: new Array(years).fill(null),
          sources: new Array(years).fill(null),
        };
        series.set(key, one);
      }
      let value: number | null = v.value;
      if (denominator) {
        if (!indicator.normalisable) {
          value = null;
          if (!notNormalisable.has(indicator.code)) {
            notNormalisable.add(indicator.code);
            note(city.code, indicator.code, null, 'NOT_NORMALISABLE', { indicator: indicator.code });
          }
        } else {
          const d = denominators.get(`${v.city_id}|${v.year}`);
          value = d ? (v.value / d) * factor : null;
          if (!d) note(city.code, indicator.code, v.year, 'DENOMINATOR_MISSING', { city: city.name, year: v.year, denominator });
        }
      }
      const i = v.year - fromYear;
      one.values[i] = value;
      one.rawValues[i] = v.value;
      one.qualities[i] = v.quality as ObservationQuality;
      one.sources[i] = sourceIndex.get(v.source_id) ?? null;
    }
    // Cities and indicators in the order asked (the web keeps the chosen order in the URL).
    const cityOrder = new Map(args.cityCodes.map((c, i) => [c, i]));
    const indicatorOrder = new Map(args.indicatorCodes.map((c, i) => [c, i]));
    const ordered = [...series.values()].sort(
      (a, b) => (cityOrder.get(a.cityCode) ?? 0) - (cityOrder.get(b.cityCode) ?? 0) || (indicatorOrder.get(a.indicatorCode) ?? 0) - (indicatorOrder.get(b.indicatorCode) ?? 0),
    );
    return {
      normalisation,
      fromYear,
      toYear,
      series: ordered,
      sources,
      notes,
    };
  }

  /** The cities ranked on one indicator and year (best first by its direction; ties share a rank). Null: no such indicator. */
  async ranking(
    args: { indicatorCode: string; year: number; scope: RankingScope; provinceCode?: string | null; cityCode?: string | null },
    language: Language,
  ): Promise<RankingType | null> {
    const [indicator] = await this.sql.rows<IndicatorRow>(INDICATOR_BY_CODE, [args.indicatorCode]);
    if (!indicator) return null;
    let rows: (Omit<RankingRowType, 'rank'> & { city_code: string })[] = [];
    type Row = { city_code: string; city_name: string; province_code: string; value: number; quality: string; is_demo: boolean };
    let found: Row[];
    if (args.scope === RankingScope.PROVINCE) found = await this.sql.rows<Row>(rankingOf('province'), [indicator.id, args.year, args.provinceCode ?? '']);
    else if (args.scope === RankingScope.PEER_GROUP) {
      const peers = args.cityCode ? await this.peerGroup(args.cityCode, PEER_GROUP_SIZE) : [];
      const codes = args.cityCode && peers.length ? [args.cityCode, ...peers.map((p) => p.cityCode)] : [];
      found = codes.length ? await this.sql.rows<Row>(rankingOf('cities'), [indicator.id, args.year, codes]) : [];
    } else found = await this.sql.rows<Row>(rankingOf('all'), [indicator.id, args.year]);
    rows = found.map((r) => ({ city_code: r.city_code, cityCode: r.city_code, cityName: r.city_name, provinceCode: r.province_code, value: r.value, quality: r.quality as RankingRowType['quality'], isDemo: r.is_demo }));
    const sign = indicator.direction === 'lower_better' ? 1 : -1;
    rows.sort((a, b) => sign * (a.value - b.value) || BY_NAME.compare(a.cityName, b.cityName));
    const ranked: RankingRowType[] = [];
    rows.forEach(({ city_code: _code, ...r }, i) => {
      const rank = i > 0 && rows[i - 1].value === r.value ? ranked[i - 1].rank : i + 1;
      ranked.push({ rank, ...r });
    });
    return { indicator: toIndicator(indicator, language), year: args.year, scope: args.scope, rows: ranked };
  }

  /** The latest year with a whole-city yearly value of each indicator (same order; null: none). One statement. */
  async latestYears(ids: readonly string[]): Promise<(number | null)[]> {
    const rows = await this.sql.rows<{ id: string; year: number | null }>(latestYears, [ids.map(Number)]);
    const found = new Map(rows.map((r) => [r.id, r.year]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** The cities whose latest population is closest to the city's (by ratio, so 50,000 and 200,000 are as far from 100,000). */
  async peerGroup(cityCode: string, size: number): Promise<PeerSuggestionType[]> {
    const all = await this.sql.rows<LatestPopulationRow>(latestPopulations, []);
    const centre = all.find((r) => r.city_code === cityCode);
    if (!centre) return [];
    return all
      .filter((r) => r.city_code !== cityCode)
      .map((r) => ({ cityCode: r.city_code, cityName: r.city_name, population: r.value, populationYear: r.year, ratio: r.value / centre.value }))
      .sort((a, b) => Math.abs(Math.log(a.ratio)) - Math.abs(Math.log(b.ratio)) || a.cityCode.localeCompare(b.cityCode))
      .slice(0, size);
  }

  /**
   * Records one value (or replaces the value the same source gave for the same city, program,
   * indicator and period). The source is found or made by its organisation, title, URL and date.
   */
  async recordObservation(user: SignedInUser, errors: UserErrors, input: RecordObservationInput): Promise<ObservationType | null> {
    const m = this.connection.manager;
    const period = parsePeriod(input.period);
    if (!period) errors.add('period', 'INVALID_PERIOD');
    else if (periodInFuture(period, new Date())) errors.add('period', 'PERIOD_IN_FUTURE');
    const [city] = await m.query(`SELECT id FROM city_refs WHERE code = $1`, [input.cityCode]);
    if (!city) errors.add('cityCode', 'UNKNOWN_CITY', { value: input.cityCode });
    const [indicator] = await m.query(`SELECT id, code FROM metric_indicators WHERE code = $1`, [input.indicatorCode]);
    if (!indicator) errors.add('indicatorCode', 'UNKNOWN_INDICATOR', { value: input.indicatorCode });
    if (input.practiceId) {
      const [cityId] = await this.practiceCities([input.practiceId]);
      if (cityId === undefined || (city && cityId !== city.id)) errors.add('practiceId', 'UNKNOWN_PROGRAM');
    }
    if (input.value < 0) errors.add('value', 'NEGATIVE_VALUE');
    if (input.source.publishedOn && Number.isNaN(Date.parse(`${input.source.publishedOn}T00:00:00Z`))) errors.add('source.publishedOn', 'INVALID_DATE');
    if (errors.any || !period) return null;
    const sourceId = await this.sourceId(input.source);
    const [row] = await m.query(
      `INSERT INTO metric_observations (city_id, practice_id, indicator_id, year, period_kind, period_no, value, source_id, quality, is_demo, note, entered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9 = 'demo', $10, $11)
       ON CONFLICT (city_id, practice_id, indicator_id, year, period_kind, period_no, source_id)
       DO UPDATE SET value = EXCLUDED.value, quality = EXCLUDED.quality, is_demo = EXCLUDED.is_demo, note = EXCLUDED.note, entered_by = EXCLUDED.entered_by, entered_at = now()
       RETURNING id`,
      [city.id, input.practiceId || null, indicator.id, period.year, period.kind, period.no, input.value, sourceId, input.quality, input.note || null, user.id],
    );
    await this.audit.record({ actorId: user.id, action: 'metrics.observation.record', entityType: 'metric_observation', entityId: row.id, cityId: city.id, after: { ...input } });
    const rows = await m.query(
      `SELECT ${OBSERVATION_COLUMNS} FROM metric_observations o JOIN city_refs c ON c.id = o.city_id JOIN metric_indicators i ON i.id = o.indicator_id
       JOIN metric_sources s ON s.id = o.source_id WHERE o.id = $1`,
      [row.id],
    );
    const others = await m.query(
      `SELECT ${OBSERVATION_COLUMNS} FROM metric_observations o JOIN city_refs c ON c.id = o.city_id JOIN metric_indicators i ON i.id = o.indicator_id
       JOIN metric_sources s ON s.id = o.source_id
       WHERE o.city_id = $1 AND o.practice_id IS NOT DISTINCT FROM $2 AND o.indicator_id = $3 AND o.year = $4 AND o.period_kind = $5 AND o.period_no = $6 AND o.value IS NOT NULL`,
      [city.id, input.practiceId || null, indicator.id, period.year, period.kind, period.no],
    );
    return toObservations(others).find((o) => o.id === rows[0].id) ?? null;
  }

  /** The id of the source with this organisation, title, URL and date, made when new. */
  async sourceId(source: { organisation: string; title: string; url?: string | null; publishedOn?: string | null; licence?: string | null }): Promise<string> {
    const values = [source.organisation, source.title, source.url || null, source.publishedOn || null];
    const [found] = await this.connection.manager.query(
      `INSERT INTO metric_sources (organisation, title, url, published_on, licence) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation, title, url, published_on) DO NOTHING RETURNING id`,
      [...values, source.licence || null],
    );
    if (found) return found.id;
    const [existing] = await this.connection.manager.query(
      `SELECT id FROM metric_sources WHERE organisation = $1 AND title = $2 AND url IS NOT DISTINCT FROM $3 AND published_on IS NOT DISTINCT FROM $4::date`,
      values,
    );
    return existing.id;
  }
}
