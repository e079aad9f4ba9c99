import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { City } from './city.entity.js';
import { Source } from './source.entity.js';

export type FactQuality = 'OFFICIAL' | 'ESTIMATED' | 'REPORTED' | 'DEMO';

/**
 * One statement about a city by one source. Sources that disagree each keep their own row
 * (Kota Solok: 2 kecamatan officially, 3 in a 2018 article): nothing is overwritten.
 */
@Entity({ name: 'facts' })
@Check('facts_has_value', `value IS NOT NULL OR value_text IS NOT NULL`)
@Check('facts_quality', `quality IN ('OFFICIAL', 'ESTIMATED', 'REPORTED', 'DEMO')`)
@Index('facts_city_key_source', ['cityId', 'key', 'sourceId'], { unique: true })
export class Fact {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne(() => City, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: City;

  /** What is measured: `population`, `area_km2`, `district_count`, ... */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'numeric', nullable: true })
  value: string | null;

  /** The value as the source states it; the only value of a text fact or an ambiguous number. */
  @Column({ name: 'value_text', type: 'text', nullable: true })
  valueText: string | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ name: 'as_of', type: 'date', nullable: true })
  asOf: string | null;

  @Column({ type: 'text' })
  quality: FactQuality;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The source's own page for this value (e.g. the GeoNames record), when it has one. */
  @Column({ name: 'record_url', type: 'text', nullable: true })
  recordUrl: string | null;

  @Column({ name: 'source_id', type: 'int' })
  sourceId: number;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Source;
}
