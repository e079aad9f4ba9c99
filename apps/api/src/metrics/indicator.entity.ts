import type { IndicatorCategory, IndicatorDirection, IndicatorStandard } from '@citybridge/domain';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** One indicator of the catalogue (ISO 37120/37122, SDG 11, BPS, the smart-city index or our own). */
@Entity({ name: 'metric_indicators' })
@Unique('metric_indicators_code', ['code'])
@Check('metric_indicators_code_format', `code ~ '^[a-z][a-z0-9_]{1,62}$'`)
@Check('metric_indicators_direction', `direction IN ('higher_better', 'lower_better', 'neutral')`)
@Check(
  'metric_indicators_category',
  `category IN ('demography', 'geography', 'governance', 'economy', 'environment', 'mobility', 'safety', 'health', 'education', 'ict', 'housing')`,
)
@Check('metric_indicators_standard', `standard IN ('iso_37120', 'iso_37122', 'sdg_11', 'bps', 'ikcc', 'custom')`)
export class MetricIndicator {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_metric_indicators' })
  id: number;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'name_id', type: 'text' })
  nameId: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'definition_id', type: 'text', nullable: true })
  definitionId: string | null;

  @Column({ name: 'definition_en', type: 'text', nullable: true })
  definitionEn: string | null;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text' })
  direction: IndicatorDirection;

  @Column({ type: 'text' })
  category: IndicatorCategory;

  @Column({ type: 'text' })
  standard: IndicatorStandard;

  /** The clause or target in the standard, e.g. `5.1` (ISO 37120) or `11.6.1` (SDG). */
  @Column({ name: 'standard_ref', type: 'text', nullable: true })
  standardRef: string | null;

  /** False for rates and shares: dividing them by population or area means nothing. */
  @Column({ type: 'boolean', default: true })
  normalisable: boolean;

  /** Shown on every city's profile (population, area, kecamatan, ...): the profile's facts are its observations. */
  @Column({ name: 'on_city_profile', type: 'boolean', default: false })
  onCityProfile: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
