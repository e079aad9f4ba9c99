import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Practice } from './practice.entity.js';

/** A published state of a practice, kept whole: the history and its differences are read from these. */
@Entity({ name: 'practice_revisions' })
@Check('practice_revisions_number', `number >= 1`)
export class PracticeRevision {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: Practice;

  /** 1, 2, … per practice. */
  @PrimaryColumn({ type: 'int' })
  number: number;

  /** The practice as published (fields and every language's text). */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  /** Who made the published change (the publisher, or the editor of a published practice). */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
