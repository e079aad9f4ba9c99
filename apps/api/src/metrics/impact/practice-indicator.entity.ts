import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MetricIndicator } from '../indicator.entity.js';

/** An indicator of the catalogue that a practice's editors relate to it (what the practice should move). */
@Entity({ name: 'practice_indicators' })
@Check('practice_indicators_position', `position BETWEEN 1 AND 8`)
@Index('practice_indicators_indicator', ['indicatorId'])
export class PracticeIndicator {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid', primaryKeyConstraintName: 'PK_practice_indicators' })
  practiceId: string;

  @ManyToOne('practices', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'practice_indicators_practice' })
  practice?: unknown;

  @PrimaryColumn({ name: 'indicator_id', type: 'int', primaryKeyConstraintName: 'PK_practice_indicators' })
  indicatorId: number;

  @ManyToOne(() => MetricIndicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'practice_indicators_indicator_fk' })
  indicator?: MetricIndicator;

  /** The editors' order, 1 first. */
  @Column({ type: 'smallint' })
  position: number;
}
