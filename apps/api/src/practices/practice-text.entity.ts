import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Practice } from './practice.entity.js';

/** One language version of a practice (its own text, and later its own search document). Bodies are Markdown. */
@Entity({ name: 'practice_texts' })
@Check('practice_texts_lang', `lang IN ('id', 'en')`)
@Check(
  'practice_texts_lengths',
  `char_length(title) BETWEEN 1 AND 200 AND char_length(summary) <= 1000 AND char_length(problem) <= 20000 AND char_length(approach) <= 20000 AND char_length(results) <= 20000 AND char_length(lessons) <= 20000`,
)
// The search indexes are made in the practice-search migration (GIN, on an expression).
@Index('practice_texts_search', { synchronize: false })
@Index('practice_texts_title_trgm', { synchronize: false })
@Index('practice_texts_lang', { synchronize: false })
export class PracticeText {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: Practice;

  @PrimaryColumn({ type: 'text' })
  lang: 'id' | 'en';

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'text', default: '' })
  problem: string;

  @Column({ type: 'text', default: '' })
  approach: string;

  @Column({ type: 'text', default: '' })
  results: string;

  @Column({ type: 'text', default: '' })
  lessons: string;

  /** The weighted search document, written by a trigger (the practice-search migration); never selected by entities. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string | null;
}
