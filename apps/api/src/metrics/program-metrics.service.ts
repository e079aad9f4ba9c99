import type { ObservationQuality as Quality } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import type { Language } from '../common/messages.js';
import { SqlReader, statement } from '../common/sql-reader.js';
import { PracticesService } from '../practices/practices.service.js';
import { PracticeState } from '../practices/practices.types.js';
import { BY_NAME, DEFAULT_ORDER, INDICATOR_BY_CODE, type IndicatorRow, sourcesByIds, toIndicator } from './metric-rows.js';
import type { ObservationQuality } from './metrics.types.js';
import { PROGRAM_COMPARISON_MAX, type ProgramComparisonType, type ProgramSeriesType } from './program-metrics.types.js';


/**
 * The default yearly value per program and year of one indicator (`metric_observations_program_series`);
 * the city is the observation's (a program's values are recorded for its own city).
 */
const programValues = statement(
  'metrics_program_values',
  `SELECT DISTINCT ON (o.practice_id, o.year) o.practice_id, o.year, o.value::float8 AS value, o.quality, o.source_id, c.code AS city_code, c.name AS city_name, c.slug AS city_slug
   FROM metric_observations o JOIN metric_sources s ON s.id = o.source_id JOIN city_refs c ON c.id = o.city_id
   WHERE o.indicator_id = $1 AND o.practice_id IS NOT NULL AND o.year BETWEEN $2 AND $3 AND o.period_kind = 'year' AND o.value IS NOT NULL
   ORDER BY o.practice_id, o.year, ${DEFAULT_ORDER}`,
);

interface ProgramValueRow {
  practice_id: string;
  year: number;
  value: number;
  quality: Quality;
  source_id: string;
  city_code: string;
  city_name: string;
  city_slug: string;
}


/** Programs (practices) of the same kind in different cities side by side on one indicator. */
@Injectable()
export class ProgramMetricsService {
  constructor(
    private readonly sql: SqlReader,
    private readonly practices: PracticesService,
  ) {}

  /**
   * Four statements whatever the number of programs: the indicator, the values, the practices (through
   * the practices domain: only published ones are shown, so a draft's numbers never leak) and the sources.
   * Null when there is no such indicator.
   */
  async compare(args: { indicatorCode: string; topic?: string | null; fromYear: number; toYear: number }, language: Language): Promise<ProgramComparisonType | null> {
    const [indicator] = await this.sql.rows<IndicatorRow>(INDICATOR_BY_CODE, [args.indicatorCode]);
    if (!indicator) return null;
    const { fromYear, toYear } = args;
    const topic = args.topic || null;
    const values = await this.sql.rows<ProgramValueRow>(programValues, [indicator.id, fromYear, toYear]);
    // Each program's first row (its city), in one pass.
    const firstOf = new Map<string, ProgramValueRow>();
    for (const v of values) if (!firstOf.has(v.practice_id)) firstOf.set(v.practice_id, v);
    const ids = [...firstOf.keys()];
    const practices = ids.length ? await this.practices.byIds(ids) : [];
    const topicLabels = new Map(this.practices.topics(language).map((t) => [t.code, t.label]));
    const years = toYear - fromYear + 1;
    const series = new Map<string, ProgramSeriesType>();
    practices.forEach((p, i) => {
      if (!p || p.state !== PracticeState.PUBLISHED || (topic && p.topic !== topic)) return;
      const first = firstOf.get(ids[i]);
      if (!first) return;
      const text = p.texts.find((t) => t.language === language) ?? p.texts[0];
      series.set(p.id, {
        practiceId: p.id,
        title: text?.title ?? '',
        topic: p.topic,
        topicLabel: topicLabels.get(p.topic) ?? p.topic,
        cityCode: first.city_code,
        cityName: first.city_name,
        citySlug: first.city_slug,
        values: new Array(years).fill(null),
        qualities: new Array(years).fill(null),
        isDemo: new Array(years).fill(null),
        sources: new Array(years).fill(null),
      });
    });
    const shown = [...series.values()].sort((a, b) => BY_NAME.compare(a.cityName, b.cityName) || BY_NAME.compare(a.title, b.title) || a.practiceId.localeCompare(b.practiceId)).slice(0, PROGRAM_COMPARISON_MAX);
    const kept = new Set(shown.map((s) => s.practiceId));
    const shownValues = values.filter((v) => kept.has(v.practice_id));
    const sourceIds = [...new Set(shownValues.map((v) => v.source_id))];
    const { sources, indexOf: sourceIndex } = await sourcesByIds(this.sql, sourceIds);
    for (const v of shownValues) {
      const one = series.get(v.practice_id) as ProgramSeriesType;
      const i = v.year - fromYear;
      one.values[i] = v.value;
      one.qualities[i] = v.quality as ObservationQuality;
      one.isDemo[i] = v.quality === 'demo';
      one.sources[i] = sourceIndex.get(v.source_id) ?? null;
    }
    return {
      indicator: toIndicator(indicator, language),
      topic,
      fromYear,
      toYear,
      programs: shown,
      sources,
    };
  }
}
