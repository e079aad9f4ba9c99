import type { ObservationQuality, PeriodKind } from '@citybridge/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MetricIndicator } from './indicator.entity.js';
import { MetricImport } from './metric-import.entity.js';
import { MetricSource } from './metric-source.entity.js';

/**
 * One value of one indicator for a city (optionally one of its programs) and period, from one
 * source. Sources that disagree keep a row each; the default rule (packages/domain metrics.ts) picks
 * the one shown.
 */
@Entity({ name: 'metric_observations' })
@Check('metric_observations_quality', `quality IN ('official', 'self_reported', 'estimated', 'demo')`)
@Check('metric_observations_demo', `is_demo = (quality = 'demo')`)
@Check('metric_observations_period_kind', `period_kind IN ('year', 'quarter', 'month')`)
@Check(
  'metric_observations_period_no',
  `(period_kind = 'year' AND period_no = 0) OR (period_kind = 'quarter' AND period_no BETWEEN 1 AND 4) OR (period_kind = 'month' AND period_no BETWEEN 1 AND 12)`,
)
@Check('metric_observations_year', `year BETWEEN 1900 AND 2100`)
@Check('metric_observations_value', `value <> 'NaN'`)
@Check('metric_observations_has_value', `value IS NOT NULL OR stated_as IS NOT NULL`)
// Ranking and compare: an indicator's values of a year across cities.
@Index('metric_observations_indicator_year', ['indicatorId', 'year', 'cityId'])
@Index('metric_observations_by_source', ['sourceId'])
export class MetricObservation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_metric_observations' })
  id: string;

  // One value per source, city, program, indicator and period (NULL program = the city): NULLS NOT DISTINCT, made in the migration.
  @Index('metric_observations_once', { synchronize: false })
  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id', foreignKeyConstraintName: 'metric_observations_city' })
  city?: unknown;

  /** The program (a practice of the city) the number belongs to; NULL for the whole city. */
  @Index('metric_observations_by_practice', { synchronize: false }) // partial, made in the migration
  @Column({ name: 'practice_id', type: 'uuid', nullable: true })
  practiceId: string | null;

  @ManyToOne('practices', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'metric_observations_practice' })
  practice?: unknown;

  // One indicator's program values across cities (programComparison): partial, made in the migration.
  @Index('metric_observations_program_series', { synchronize: false })
  @Column({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne(() => MetricIndicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'metric_observations_indicator' })
  indicator?: MetricIndicator;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'period_kind', type: 'text', default: 'year' })
  periodKind: PeriodKind;

  /** 0 for a year, the quarter (1..4) or the month (1..12). */
  @Column({ name: 'period_no', type: 'smallint', default: 0 })
  periodNo: number;

  // A city's series (compare, its metrics tab, sanity checks) on (city, indicator, year), covering (INCLUDE) the
  // columns compare filters and the default rule orders by: made in the migration.
  @Index('metric_observations_city_series', { synchronize: false })
  /** Null only for a value the source states in words or ambiguously: then `statedAs` is the value. */
  @Column({ type: 'numeric', nullable: true })
  value: string | null;

  /** The value as the source states it ("sekitar 62.000 Jiwa", "59.317 Km2", an app's name), when it matters. */
  @Column({ name: 'stated_as', type: 'text', nullable: true })
  statedAs: string | null;

  /** The source's own page for this value (e.g. the GeoNames record), when it has one. */
  @Column({ name: 'record_url', type: 'text', nullable: true })
  recordUrl: string | null;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => MetricSource, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'metric_observations_source' })
  source?: MetricSource;

  @Column({ type: 'text' })
  quality: ObservationQuality;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Index('metric_observations_by_import', { synchronize: false }) // partial, made in the migration
  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;

  @ManyToOne(() => MetricImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'metric_observations_import' })
  import?: MetricImport;

  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  enteredBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'metric_observations_entered_by' })
  enterer?: unknown;

  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' })
  enteredAt: Date;
}
