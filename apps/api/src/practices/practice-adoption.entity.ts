import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Practice } from './practice.entity.js';

/** A city's adoption of another city's practice (never its own: a trigger in the migration checks it). */
@Entity({ name: 'practice_adoptions' })
@Check('practice_adoptions_status', `status IN ('planned', 'in_progress', 'done', 'dropped')`)
@Check('practice_adoptions_notes', `char_length(notes) <= 2000`)
@Unique('practice_adoptions_once', ['practiceId', 'cityId'])
@Index('practice_adoptions_city', ['cityId', 'createdAt'])
export class PracticeAdoption {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_practice_adoptions' })
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: Practice;

  /** The adopting city. */
  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'text' })
  status: 'planned' | 'in_progress' | 'done' | 'dropped';

  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Recorded for the demo (shown as such). */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
